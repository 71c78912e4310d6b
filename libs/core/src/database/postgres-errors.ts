/** PostgreSQL's SQLSTATE for a unique constraint violation. */
const UNIQUE_VIOLATION = '23505';

/** A unique violation, of `constraint` when one is named (a table may hold several unique keys). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const failure = error as { code?: string; constraint?: string } | null;
  return (
    failure?.code === UNIQUE_VIOLATION && (constraint === undefined || failure.constraint === constraint)
  );
}

/** PostgreSQL's SQLSTATE class 22, data exception: a value it refuses (a malformed uuid, a number out of range). */
export function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('22');
}

/** PostgreSQL shutting down (SQLSTATE 57P01, admin_shutdown), or a connection gone from under its client. */
export function isConnectionClosedByPostgres(error: unknown): boolean {
  return (
    (error as { code?: string } | null)?.code === '57P01' ||
    (error instanceof Error && error.message.startsWith('Connection terminated unexpectedly'))
  );
}
