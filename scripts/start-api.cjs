#!/usr/bin/env node
// `npm start`: the API from its compiled build (scripts/build-server.cjs), compiled first when the sources changed.
// This process loads no compiler: it hashes the sources, then runs the API's JavaScript in place.
const { join } = require('node:path');
const { ensureServerBuild } = require('./build-server.cjs');

const entry = join(ensureServerBuild(), 'apps', 'api', 'src', 'main.js');
process.argv[1] = entry;
require(entry);
