/** The seed `npm start`, the CLI and the tests share, so all of them see the same demo directory. */
export const DEMO_SEED = 2026;
