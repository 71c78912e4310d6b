#!/usr/bin/env node
// `npm run start:dev`: the API restarting on source changes (node --watch) and Vite's dev server with hot reload
// for the web app, proxying /graphql and /health to the API. Ctrl-C stops both.
require('./check-node.cjs');
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const apiPort = process.env.PORT ?? '3000';
const children = [
  spawn(process.execPath, ['--watch', '-r', './scripts/register-paths.cjs', 'apps/api/src/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort },
  }),
  spawn(process.execPath, [require.resolve('vite/bin/vite.js'), '--config', 'apps/web/vite.config.mts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}` },
  }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(
    children.map((child) => child.exitCode !== null || new Promise((r) => child.once('exit', r))),
  ).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
