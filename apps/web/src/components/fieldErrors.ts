import type { CombinedError } from 'urql';

/** BAD_USER_INPUT errors name each invalid field in extensions.fields: field → message. */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const fields = error?.graphQLErrors[0]?.extensions?.fields;
  if (!Array.isArray(fields)) return {};
  const result: Record<string, string> = {};
  for (const problem of fields as { field?: unknown; message?: unknown }[]) {
    if (typeof problem.field === 'string')
      result[problem.field.replace(/^input\./, '')] = String(problem.message ?? '');
  }
  return result;
}
