/** PostgreSQL's SQLSTATE for a unique constraint violation. */
const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === UNIQUE_VIOLATION;
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
