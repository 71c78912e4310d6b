/** Failed logins allowed before the account waits; then the wait doubles at each failure, up to the cap. */
export const FREE_FAILURES = 4;
export const MAX_WAIT_SECONDS = 900;

/** Seconds an account waits after its n-th consecutive failed login (0 while under the free allowance). */
export function backoffSeconds(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_FAILURES));
}
