#!/usr/bin/env node
// Compiles the server's TypeScript (apps/api, apps/cli, libs) to JavaScript once per state of the sources, so that
// `npm start` runs plain JavaScript: compiling in process (@swc-node/register) keeps the TypeScript compiler, SWC
// and every module's source map in the API's memory, about 100 MiB of its idle RSS (docs/BENCHMARKS.md, issue 18).
// The output is dist/server-<hash>/, the tree of the sources mirrored (so relative paths and __dirname hold), built
// with @swc-node's own options from tsconfig.json: the same JavaScript the in-process compiler would run. The hash
// covers the sources, tsconfig.json, the lockfile and this script; a finished build holds a `.complete` marker.
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const { join, relative, dirname, basename } = require('node:path');

const root = join(__dirname, '..');
const dist = join(root, 'dist');

function tsFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return tsFiles(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')
        ? [path]
        : [];
    });
}

function sources() {
  const libs = fs.readdirSync(join(root, 'libs')).map((lib) => join(root, 'libs', lib, 'src'));
  return [join(root, 'apps', 'api', 'src'), join(root, 'apps', 'cli', 'src'), ...libs].flatMap(tsFiles);
}

function buildDirOf(files) {
  const hash = createHash('sha256');
  for (const file of [...files, join(root, 'tsconfig.json'), join(root, 'package-lock.json'), __filename])
    hash.update(relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return join(dist, `server-${hash.digest('hex').slice(0, 16)}`);
}

function compile(files, buildDir) {
  /* The compiler is loaded only here, in the build's own process. */
  const ts = require('typescript');
  const {
    readDefaultTsConfig,
    tsCompilerOptionsToSwcConfig,
  } = require('@swc-node/register/read-default-tsconfig');
  const { transformSync } = require('@swc-node/core');
  const options = readDefaultTsConfig(join(root, 'tsconfig.json'));
  options.module = ts.ModuleKind.CommonJS; // as @swc-node/register sets it
  const staging = `${buildDir}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  for (const file of files) {
    const out = join(staging, relative(root, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(dirname(out), { recursive: true });
    const config = { ...tsCompilerOptionsToSwcConfig(options, file), sourcemap: true };
    const { code, map } = transformSync(fs.readFileSync(file, 'utf8'), file, config);
    fs.writeFileSync(out, `${code}\n//# sourceMappingURL=${basename(out)}.map\n`);
    if (map) fs.writeFileSync(`${out}.map`, map);
  }
  fs.writeFileSync(join(staging, '.complete'), '');
  try {
    fs.renameSync(staging, buildDir);
  } catch {
    // Another start built the same sources meanwhile: theirs is identical.
    fs.rmSync(staging, { recursive: true, force: true });
  }
  // Builds of older sources, a day unused (a running server may still load modules lazily from its own).
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of fs.readdirSync(dist)) {
    const path = join(dist, name);
    if (name.startsWith('server-') && path !== buildDir && fs.statSync(path).mtimeMs < dayAgo)
      fs.rmSync(path, { recursive: true, force: true });
  }
}

/** The directory of an up-to-date build, compiled first (in a child process) when the sources changed. */
function ensureServerBuild() {
  const buildDir = buildDirOf(sources());
  if (!fs.existsSync(join(buildDir, '.complete'))) {
    process.stderr.write('crossroads: compiling the server (apps/api, apps/cli, libs)\n');
    execFileSync(process.execPath, [__filename], { stdio: 'inherit' });
  }
  return buildDir;
}

module.exports = { ensureServerBuild };

if (require.main === module) {
  const files = sources();
  const buildDir = buildDirOf(files);
  if (!fs.existsSync(join(buildDir, '.complete')) || process.argv.includes('--force')) {
    fs.rmSync(buildDir, { recursive: true, force: true });
    compile(files, buildDir);
  }
}
