// Preloaded into the API process by `BENCH_API_PROFILE=<dir> npm run bench` (NODE_OPTIONS refuses --cpu-prof):
// profiles the process and writes <dir>/api-<pid>.cpuprofile on SIGTERM, before the API's own shutdown.
// A benchmark that wants only its timed load in the profile sends SIGUSR2 when that load starts: the profiler
// restarts then, leaving the boot (module loading, compiling) out.
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
process.on('SIGUSR2', () => {
  session.post('Profiler.stop', () => session.post('Profiler.start'));
});
process.prependListener('SIGTERM', () => {
  session.post('Profiler.stop', (error, result) => {
    if (!error)
      writeFileSync(
        join(process.env.BENCH_API_PROFILE, `api-${process.pid}.cpuprofile`),
        JSON.stringify(result.profile),
      );
  });
});
