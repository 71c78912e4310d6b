import { backoffSeconds, MAX_WAIT_SECONDS } from './login-backoff';

describe('login back-off', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 2],
    [6, 4],
    [9, 32],
    [14, MAX_WAIT_SECONDS],
    [100, MAX_WAIT_SECONDS],
  ])('after %i failures waits %i s', (failures, seconds) => {
    expect(backoffSeconds(failures)).toBe(seconds);
  });
});
