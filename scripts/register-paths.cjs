// Runs the TypeScript sources directly (npm start, cli, bench): SWC transpiles with decorator metadata,
// and resolves the @crossroads/* path aliases from tsconfig.json.
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
