import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/* eslint-disable @typescript-eslint/no-require-imports -- the scripts are CommonJS run by node directly */
const { claimBuild, pruneBuilds } = require('../scripts/build-server.cjs') as {
  claimBuild: (buildDir: string) => boolean;
  pruneBuilds: (distDir: string, keep: string) => void;
};
const { cleanNestOutput } = require('../scripts/clean-dist.cjs') as {
  cleanNestOutput: (distDir: string) => void;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const BUILD_SERVER = join(__dirname, '..', 'scripts', 'build-server.cjs');

/** A build as scripts/build-server.cjs leaves it, last modified two days ago. */
function build(dist: string, name: string): string {
  const dir = join(dist, name);
  mkdirSync(join(dir, 'apps'), { recursive: true });
  writeFileSync(join(dir, '.complete'), '');
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  utimesSync(dir, twoDaysAgo, twoDaysAgo);
  return dir;
}

/** A node process that claims a build, as `npm start` does, and runs until told to exit. */
async function claimant(buildDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `if (!require(${JSON.stringify(BUILD_SERVER)}).claimBuild(${JSON.stringify(buildDir)})) process.exit(3);
       process.stdout.write('claimed\\n');
       process.stdin.on('data', () => process.exit(0));`,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  await once(child.stdout!, 'data');
  return child;
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

describe('server builds (dist/server-<hash>/)', () => {
  let dist: string;
  const children: ChildProcess[] = [];
  beforeEach(() => (dist = mkdtempSync(join(tmpdir(), 'crossroads-dist-'))));
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    rmSync(dist, { recursive: true, force: true });
  });

  it('never removes a build a running process claimed, however old; removes the others', async () => {
    const current = build(dist, 'server-current');
    const running = build(dist, 'server-running');
    const released = build(dist, 'server-released');
    const crashed = build(dist, 'server-crashed');
    const unused = build(dist, 'server-unused');
    children.push(await claimant(running));
    const exiting = await claimant(released);
    exiting.stdin!.write('exit\n');
    await once(exiting, 'exit');
    // Killed with SIGKILL: its claim stays, naming a dead pid.
    mkdirSync(join(crashed, '.in-use'));
    writeFileSync(join(crashed, '.in-use', String(await deadPid())), '1');
    // A staging directory of a builder still at work, and one of a builder that died.
    mkdirSync(join(dist, `server-next.tmp-${process.pid}`));
    mkdirSync(join(dist, `server-next.tmp-${await deadPid()}`));

    pruneBuilds(dist, current);

    expect(readdirSync(dist).sort()).toEqual([
      'server-current',
      `server-next.tmp-${process.pid}`,
      'server-running',
    ]);
    expect(existsSync(unused)).toBe(false);
  });

  it('never lets a start claim a build the pruner is removing, nor removes one claimed while it decides', () => {
    // A start claiming between the pruner's look at the claims and its removal (here: as the removal begins).
    const doomed = build(dist, 'server-doomed');
    let claimedDuringRemoval: boolean | undefined;
    // The very module object the script calls (a namespace import's copy cannot be patched).
    const nodeFs = require('node:fs') as typeof import('node:fs'); // eslint-disable-line @typescript-eslint/no-require-imports
    const realRm = nodeFs.rmSync;
    nodeFs.rmSync = (path, options) => {
      if (path === doomed && claimedDuringRemoval === undefined) claimedDuringRemoval = claimBuild(doomed);
      return realRm(path, options);
    };
    try {
      pruneBuilds(dist, join(dist, 'server-current'));
    } finally {
      nodeFs.rmSync = realRm;
    }
    // Either the start was refused (it compiles afresh), or the build stayed for it.
    expect(claimedDuringRemoval === false || existsSync(join(doomed, '.complete'))).toBe(true);
    if (claimedDuringRemoval) expect(existsSync(join(doomed, 'apps'))).toBe(true);

    // A start claiming just after the pruner's first look at the claims: its claim holds, the build stays.
    const kept = build(dist, 'server-kept');
    let claimedAfterLook: boolean | undefined;
    const realReaddir = nodeFs.readdirSync;
    nodeFs.readdirSync = ((path: string, options?: never) => {
      const look = () => realReaddir(path, options);
      if (path !== join(kept, '.in-use') || claimedAfterLook !== undefined) return look();
      try {
        return look();
      } finally {
        claimedAfterLook = claimBuild(kept);
      }
    }) as typeof nodeFs.readdirSync;
    try {
      pruneBuilds(dist, join(dist, 'server-current'));
    } finally {
      nodeFs.readdirSync = realReaddir;
    }
    expect(claimedAfterLook).toBe(true);
    expect(existsSync(join(kept, 'apps'))).toBe(true);
    expect(claimBuild(kept)).toBe(true);
  });

  it('does not count a claim whose pid now belongs to another process (different start time)', () => {
    const reused = build(dist, 'server-reused');
    mkdirSync(join(reused, '.in-use'));
    writeFileSync(join(reused, '.in-use', String(process.pid)), '1'); // this process did not start at tick 1
    pruneBuilds(dist, join(dist, 'server-current'));
    expect(existsSync(reused)).toBe(false);
  });

  it('claims only a finished build, and never creates one', () => {
    const partial = join(dist, 'server-partial');
    mkdirSync(partial);
    expect(claimBuild(partial)).toBe(false);
    expect(readdirSync(join(partial, '.in-use'))).toEqual([]);
    expect(claimBuild(join(dist, 'server-missing'))).toBe(false);
    expect(existsSync(join(dist, 'server-missing'))).toBe(false);
  });

  it('npm run build empties dist/ of nest output but keeps the server builds', () => {
    const server = build(dist, 'server-running');
    mkdirSync(join(dist, 'apps', 'api', 'src'), { recursive: true });
    writeFileSync(join(dist, 'apps', 'api', 'src', 'main.js'), '');
    writeFileSync(join(dist, 'tsconfig.build.tsbuildinfo'), '');
    cleanNestOutput(dist);
    expect(readdirSync(dist)).toEqual(['server-running']);
    expect(existsSync(join(server, '.complete'))).toBe(true);
  });

  it("npm run build leaves dist/ to that cleaning: nest's deleteOutDir would remove the whole of it", () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const nest = require('../nest-cli.json') as { compilerOptions: { deleteOutDir?: boolean } };
    const pkg = require('../package.json') as { scripts: Record<string, string> };
    /* eslint-enable @typescript-eslint/no-require-imports */
    expect(nest.compilerOptions.deleteOutDir).toBe(false);
    expect(pkg.scripts.build).toMatch(/^node scripts\/clean-dist\.cjs && nest build/);
  });
});
