// The first thing `npm start`, `npm run start:dev` and `npm run web:build` do: refuse a Node.js older than
// package.json's `engines.node` in one line, instead of failing later inside a dependency (npm only warns).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** The minimum version in an `engines.node` of the form `>=20.19`, as numbers. */
function minimumOf(range) {
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!match) throw new Error(`engines.node "${range}" is not of the form >=X.Y`);
  return match.slice(1).map((part) => Number(part ?? 0));
}

function isOlder(version, minimum) {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < minimum.length; i++)
    if ((parts[i] ?? 0) !== minimum[i]) return (parts[i] ?? 0) < minimum[i];
  return false;
}

const range = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).engines.node;
const minimum = minimumOf(range);
if (isOlder(process.versions.node, minimum)) {
  process.stderr.write(
    `crossroads: Node.js ${minimum.slice(0, 2).join('.')} or newer is needed, this is ${process.versions.node}: ` +
      'install a current Node.js (https://nodejs.org), then run npm ci again\n',
  );
  process.exit(1);
}
