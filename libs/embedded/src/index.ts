export * from './embedded-service.error';
export * from './embedded-services';
export * from './free-port';
export * from './meilisearch-binary';
