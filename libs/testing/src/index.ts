export * from './graphql-client';
export * from './test-app';
export * from './test-services';
export * from './wait-for';
export * from './accounts';
export * from './pdf-text';
export * from './api-process';
