#!/usr/bin/env node
// `npm run build` runs this before `nest build`: it empties dist/ of nest's earlier output, as nest's own
// `deleteOutDir` would, but keeps the server builds of `npm start` (dist/server-<hash>/, scripts/build-server.cjs),
// which their own script removes once no running process uses them. nest's `deleteOutDir` removed the whole of
// dist/, the build a running `npm start` still loads modules from included.
const fs = require('node:fs');
const { join } = require('node:path');

/** Removes every entry of `distDir` but the server builds. */
function cleanNestOutput(distDir) {
  if (!fs.existsSync(distDir)) return;
  for (const name of fs.readdirSync(distDir))
    if (!name.startsWith('server-')) fs.rmSync(join(distDir, name), { recursive: true, force: true });
}

module.exports = { cleanNestOutput };

if (require.main === module) cleanNestOutput(join(__dirname, '..', 'dist'));
