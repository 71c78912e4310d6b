import { Site } from './site/site.entity';

export * from './directory.module';
export * from './site/site.entity';
export * from './site/site.service';
export * from './site/sites.reference';

export const DIRECTORY_ENTITIES = [Site];
