#!/usr/bin/env node
// Compiles the server's TypeScript (apps/api, apps/cli, libs) to JavaScript once per state of the sources, so that
// `npm start` runs plain JavaScript: compiling in process (@swc-node/register) keeps the TypeScript compiler, SWC
// and every module's source map in the API's memory, about 100 MiB of its idle RSS (docs/BENCHMARKS.md, issue 18).
// The output is dist/server-<hash>/, the tree of the sources mirrored (so relative paths and __dirname hold), built
// with @swc-node's own options from tsconfig.json: the same JavaScript the in-process compiler would run. The hash
// covers the sources, tsconfig.json, the lockfile and this script; a finished build holds a `.complete` marker.
//
// A process running a build claims it (`claimBuild`): a file `.in-use/<pid>` inside it holding the process's start
// time, removed when the process exits. A build of other sources is removed only when no claim names a live process
// (`process.kill(pid, 0)`; on Linux the start time in /proc/<pid>/stat must match too, so a pid reused after a crash
// does not count), however old it is: a running server still loads modules lazily from its build (pdfkit for
// brochures, the zxcvbn dictionaries, the Redis client). A claim left by a killed process names a dead pid and is
// ignored. `npm run build` (nest build into dist/) spares these builds too (scripts/clean-dist.cjs).
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
  pruneBuilds(dist, buildDir);
}

/** The start time of a process (clock ticks since boot, /proc/<pid>/stat field 22); null where there is no /proc. */
function startTimeOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote a claim (pid, start time) still runs. */
function isRunning(pid, startTime) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return false; // EPERM: it runs, as another user
  }
  const now = startTimeOf(pid);
  return !startTime || now === null || now === startTime;
}

const CLAIMS = '.in-use';
/**
 * Written into a build by a pruner that found no claim, before it looks again and removes it: a start finding it
 * after writing its claim backs off (and compiles afresh), and a pruner finding a claim on its second look keeps
 * the build. Each side writes its mark before reading the other's, so one of them always sees the other.
 */
const DOOMED = '.doomed';

/** Whether a live pruner has marked this build for removal (a mark left by a dead one is cleared). */
function isDoomed(buildDir) {
  const mark = join(buildDir, DOOMED);
  let owner;
  try {
    owner = fs.readFileSync(mark, 'utf8').trim().split(' ');
  } catch {
    return false;
  }
  if (isRunning(Number(owner[0]), owner[1] || null)) return true;
  fs.rmSync(mark, { force: true });
  return false;
}

/** The pids of the live processes that claimed a build. */
function claimsOf(buildDir) {
  let names;
  try {
    names = fs.readdirSync(join(buildDir, CLAIMS));
  } catch {
    return [];
  }
  return names.map(Number).filter((pid) => {
    if (!Number.isInteger(pid) || pid <= 0) return false;
    let startTime = '';
    try {
      startTime = fs.readFileSync(join(buildDir, CLAIMS, String(pid)), 'utf8').trim();
    } catch {
      return false; // released meanwhile
    }
    return isRunning(pid, startTime);
  });
}

/** Marks a build as used by this process until it exits; false (and no claim) when the build is gone or partial. */
function claimBuild(buildDir) {
  const claim = join(buildDir, CLAIMS, String(process.pid));
  try {
    fs.mkdirSync(join(buildDir, CLAIMS)); // never creates buildDir itself
  } catch (error) {
    if (error.code !== 'EEXIST') return false;
  }
  fs.writeFileSync(claim, startTimeOf(process.pid) ?? '');
  if (!fs.existsSync(join(buildDir, '.complete')) || isDoomed(buildDir)) {
    fs.rmSync(claim, { force: true });
    return false;
  }
  process.once('exit', () => fs.rmSync(claim, { force: true }));
  return true;
}

/**
 * Removes from `distDir` the server builds other than `keep` that no live process claims, and the staging
 * directories of builders that died.
 */
function pruneBuilds(distDir, keep) {
  for (const name of fs.readdirSync(distDir)) {
    const path = join(distDir, name);
    if (!name.startsWith('server-') || path === keep) continue;
    const staging = /\.tmp-(\d+)$/.exec(name);
    if (staging) {
      if (!isRunning(Number(staging[1]), null))
        fs.rmSync(path, { recursive: true, force: true, maxRetries: 3 });
      continue;
    }
    if (claimsOf(path).length > 0) continue;
    // Marked first, then the claims read again: a start that claimed meanwhile keeps it; one claiming from now on
    // finds the mark (or the build partial) and compiles again (ensureServerBuild).
    try {
      fs.writeFileSync(join(path, DOOMED), `${process.pid} ${startTimeOf(process.pid) ?? ''}`);
    } catch {
      continue; // removed meanwhile
    }
    if (claimsOf(path).length > 0) fs.rmSync(join(path, DOOMED), { force: true });
    else fs.rmSync(path, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * The directory of an up-to-date build, compiled first (in a child process) when the sources changed, and claimed
 * by this process (a build removed between the check and the claim is compiled again).
 */
function ensureServerBuild() {
  const buildDir = buildDirOf(sources());
  for (;;) {
    if (!fs.existsSync(join(buildDir, '.complete'))) {
      process.stderr.write('crossroads: compiling the server (apps/api, apps/cli, libs)\n');
      execFileSync(process.execPath, [__filename], { stdio: 'inherit' });
    }
    if (claimBuild(buildDir)) return buildDir;
  }
}

module.exports = { ensureServerBuild, claimBuild, pruneBuilds };

if (require.main === module) {
  const files = sources();
  const buildDir = buildDirOf(files);
  if (!fs.existsSync(join(buildDir, '.complete')) || process.argv.includes('--force')) {
    const users = claimsOf(buildDir);
    if (users.length > 0) {
      process.stderr.write(
        `crossroads: ${relative(root, buildDir)} is in use by process ${users.join(', ')}: stop it before rebuilding\n`,
      );
      process.exit(1);
    }
    fs.rmSync(buildDir, { recursive: true, force: true });
    compile(files, buildDir);
  }
}
