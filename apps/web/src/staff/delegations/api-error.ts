import type { CombinedError } from 'urql';

/** The API's own words for a refused mutation (e.g. "The delegation is full: 2 of 2 seats held"). */
export function apiMessage(error: CombinedError): string {
  return error.graphQLErrors[0]?.message ?? error.message;
}
