import { AUTH_ENTITIES } from '@crossroads/auth';
import { CORE_ENTITIES } from '@crossroads/core';
import { DIRECTORY_ENTITIES } from '@crossroads/directory';
import { FESTIVAL_ENTITIES } from '@crossroads/festivals';

/** Every entity, for the commands that compare them with the schema (migration:generate). */
export const ALL_ENTITIES = [...CORE_ENTITIES, ...AUTH_ENTITIES, ...DIRECTORY_ENTITIES, ...FESTIVAL_ENTITIES];
