#!/usr/bin/env node
// Builds the web app (apps/web) with Vite when its production build is missing or stale: `npm start` runs this
// first, so `npm ci && npm start` stays the whole set-up. Staleness is a SHA-256 of the sources, the Vite config and
// the lockfile, written beside the build (file times are not reliable after a git checkout). `--force` rebuilds.
require('./check-node.cjs');
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const web = join(root, 'apps', 'web');
const outDir = join(web, 'dist');
const stampFile = join(outDir, '.source-hash');

function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

function sourceHash() {
  const hash = createHash('sha256');
  const inputs = [
    ...files(join(web, 'src')),
    join(web, 'index.html'),
    join(web, 'vite.config.mts'),
    join(root, 'package-lock.json'),
  ];
  for (const file of inputs)
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

async function main() {
  const hash = sourceHash();
  const current = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
  if (current && !process.argv.includes('--force')) return;
  process.stderr.write('crossroads: building the web app (apps/web)\n');
  const { build } = await import('vite');
  await build({
    configFile: join(web, 'vite.config.mts'),
    root: web,
    logLevel: process.env.CI ? 'warn' : 'info',
  });
  writeFileSync(stampFile, hash);
}

main().catch((error) => {
  process.stderr.write(`crossroads: web app build failed: ${error.message}\n`);
  process.exit(1);
});
