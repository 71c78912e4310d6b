export * from './embedded-service.error';
export * from './embedded-services';
export * from './free-port';
export * from './meilisearch-binary';
export * from './embedded-meilisearch';
export * from './runtime-file';
export * from './embedded-postgres';
export * from './secrets-file';
