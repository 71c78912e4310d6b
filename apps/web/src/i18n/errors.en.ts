import type { errorsFr } from './errors.fr';

/** English for each `extensions.code` the API returns, spread into en.ts. */
export const errorsEn: Record<keyof typeof errorsFr, string> = {
  'error.BAD_USER_INPUT': 'Some data was refused: check the fields shown.',
  'error.UNAUTHENTICATED': 'Sign in to go on.',
  'error.FORBIDDEN': 'You are not allowed to do this.',
  'error.NOT_FOUND': 'Not found: it does not exist or you cannot see it.',
  'error.CONFLICT': 'Not possible as things stand: it is done already, or it changed meanwhile.',
  'error.RATE_LIMITED': 'Too many requests: try again in a moment.',
  'error.TIMEOUT': 'The request took too long: try again.',
  'error.emailTaken': 'An account with this email exists already: sign in.',
  'error.INTERNAL_SERVER_ERROR': 'Server error: try again later.',
};
