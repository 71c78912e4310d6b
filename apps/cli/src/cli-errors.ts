import { AppError, ConfigError, ErrorCode } from '@crossroads/core';
import { EmbeddedServiceError } from '@crossroads/embedded';
import { CommanderError } from 'commander';

/** Exit codes of the CLI, documented in docs/CLI.md (the sysexits.h numbers where one fits). */
export const EXIT = {
  OK: 0,
  /** An import finished, but some rows were invalid (the report says which). */
  INVALID_ROWS: 2,
  /** A command or an option was used wrongly. */
  USAGE: 64,
  /** The input file is not a spreadsheet the import can read (encoding, format, header). */
  DATA: 65,
  /** The input file does not exist or cannot be read. */
  NO_INPUT: 66,
  /** PostgreSQL or Meilisearch cannot be reached or started. */
  UNAVAILABLE: 69,
  /** An unexpected error: a bug. Run again with --debug and report the stack trace. */
  SOFTWARE: 70,
  /** The output file cannot be written. */
  CANNOT_CREATE: 73,
  /** The data says no (a conflict, a record not found). */
  REFUSED: 75,
  /** The configuration is invalid, or the command is not allowed with it (e.g. seeding in production). */
  CONFIG: 78,
} as const;

/** An expected error with what to do about it and its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const SERVICE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH']);

/** The error, then what caused it: a Meilisearch request error wraps the refused connection as its cause. */
function causeChain(error: unknown): NodeJS.ErrnoException[] {
  const chain: NodeJS.ErrnoException[] = [];
  for (let current = error; current && chain.length < 5; current = (current as Error).cause)
    chain.push(current as NodeJS.ErrnoException);
  return chain;
}

/** PostgreSQL refusing the connection: SQLSTATE class 28 (wrong user or password) or 3D000 (no such database). */
const refusedByPostgres = (error: NodeJS.ErrnoException) =>
  typeof error?.code === 'string' && (error.code.startsWith('28') || error.code === '3D000');

/** One line saying what went wrong and what to do, and the exit code; never a stack trace. */
export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof CommanderError)
    return { message: error.message.replace(/^error: /, ''), exitCode: EXIT.USAGE };
  if (error instanceof ConfigError) return { message: error.message, exitCode: EXIT.CONFIG };
  if (error instanceof EmbeddedServiceError) return { message: error.message, exitCode: EXIT.UNAVAILABLE };
  if (error instanceof AppError) {
    if (error.code === ErrorCode.BAD_USER_INPUT) return { message: error.message, exitCode: EXIT.DATA };
    return { message: error.message, exitCode: EXIT.REFUSED };
  }
  const errno = error as NodeJS.ErrnoException;
  if (errno?.code === 'ENOENT' && errno.path)
    return { message: `${errno.path}: no such file; check the path`, exitCode: EXIT.NO_INPUT };
  if ((errno?.code === 'EACCES' || errno?.code === 'EISDIR') && errno.path)
    return {
      message: `${errno.path}: cannot be read or written (${errno.code}); check the path and its permissions`,
      exitCode: EXIT.NO_INPUT,
    };
  if (refusedByPostgres(errno))
    return {
      message: `PostgreSQL refused the connection (${errno.message}): check the user, password and database of DATABASE_URL`,
      exitCode: EXIT.UNAVAILABLE,
    };
  const chain = causeChain(error);
  const unreachable = chain.find((cause) => cause?.code && SERVICE_CODES.has(cause.code));
  if (unreachable)
    return {
      message: `cannot reach a service (${unreachable.message}): start it, or check DATABASE_URL and MEILI_URL`,
      exitCode: EXIT.UNAVAILABLE,
    };
  // A Meilisearch request that got no answer at all (a port fetch refuses, a reset…).
  if (chain[0]?.name === 'MeilisearchRequestError')
    return {
      message: `cannot reach Meilisearch (${chain.at(-1)?.message}): start it, or check MEILI_URL`,
      exitCode: EXIT.UNAVAILABLE,
    };
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: `unexpected error: ${message} (run again with --debug for the stack trace)`,
    exitCode: EXIT.SOFTWARE,
  };
}

/** Prints the error as one line (plus the stack with --debug) and sets the exit code. */
export function reportError(
  error: unknown,
  debug: boolean,
  write = (text: string) => process.stderr.write(text),
) {
  const { message, exitCode } = describeError(error);
  write(`crossroads: ${message}\n`);
  if (debug && error instanceof Error && error.stack) write(`${error.stack}\n`);
  return exitCode;
}
