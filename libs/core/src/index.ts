export * from './config/app-config';
export * from './config/load-config';
export * from './config/config.module';
export * from './errors/error-code';
export * from './errors/app-error';
export * from './errors/format-graphql-error';
export * from './errors/validation.pipe';
export * from './errors/graphql-exception.filter';
export * from './database/database-options';
export * from './database/run-migrations';
export * from './database/snake-naming.strategy';
export * from './outbox/search-document-type';
export * from './outbox/outbox-entry.entity';
export * from './outbox/outbox.writer';
export * from './pagination/connection';
export * from './core.module';

import { OutboxEntry } from './outbox/outbox-entry.entity';
export const CORE_ENTITIES = [OutboxEntry];
