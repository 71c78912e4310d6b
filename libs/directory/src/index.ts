export * from './directory.module';
export * from './shared/directory.enums';
export * from './site/site.entity';
export * from './site/site.service';
export * from './site/sites.reference';
export * from './site/site-membership.sql';
export * from './craft/craft.entity';
export * from './craft/crafts.data';
export * from './commune/commune.entity';
export * from './commune/communes.data';
export * from './school/school.entity';
export * from './school/school.service';
export * from './programme/programme.entity';
export * from './company/company.entity';
export * from './company/company.service';
export * from './person/person.entity';
export * from './person/person-details.entity';
export * from './person/person.service';
export * from './person/person-visibility';
export * from './loaders/directory-loaders';
export * from './craft/craft-lookup';
export * from './craft/craft-forms';
export * from './shared/siren';
export * from './shared/directory-keys';
export * from './person/dto/person.inputs';
export * from './person/person-input.rules';
export * from './person/person.bulk-writer';
export * from './person/person.bulk-reader';
export * from './company/dto/company.inputs';
export * from './company/company-input.rules';
export * from './company/company.bulk-writer';
export * from './school/dto/school.inputs';
export * from './school/school.bulk-writer';
export * from './membership/membership.enums';
export * from './membership/membership.rule';
export * from './membership/membership.service';
export * from './person/person.export';
export * from './company/company.export';
export * from './school/school.export';

// Moved out of directory (issue 20): the generic helpers to core, the reader to auth. Re-exported for one
// release so code written against the old home still builds; import them from their new home.
export {
  byIdOrSlug,
  bulkInsert,
  bulkUpdate,
  LookupArgs,
  opaqueSlug,
  slugify,
  uniqueSlug,
  assertValid,
  periodProblem,
} from '@crossroads/core';
export type { BulkColumn, Lookup } from '@crossroads/core';
export { ANONYMOUS, viewerOf } from '@crossroads/auth';
export type { Viewer, ViewerLevel } from '@crossroads/auth';
