import { AUTH_ENTITIES } from '@crossroads/auth';
import { CORE_ENTITIES } from '@crossroads/core';
import { DIRECTORY_ENTITIES } from '@crossroads/directory';

/** Every entity, for the commands that compare them with the schema (migration:generate). */
export const ALL_ENTITIES = [...CORE_ENTITIES, ...AUTH_ENTITIES, ...DIRECTORY_ENTITIES];
