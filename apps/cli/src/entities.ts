import { AUTH_ENTITIES } from '@crossroads/auth';
import { CALENDAR_ENTITIES } from '@crossroads/calendar';
import { COPRODUCTION_ENTITIES } from '@crossroads/coproduction';
import { CORE_ENTITIES } from '@crossroads/core';
import { DELEGATION_ENTITIES } from '@crossroads/delegations';
import { DIRECTORY_ENTITIES } from '@crossroads/directory';
import { FESTIVAL_ENTITIES } from '@crossroads/festivals';

/** Every entity, for the commands that compare them with the schema (migration:generate). */
export const ALL_ENTITIES = [
  ...CORE_ENTITIES,
  ...AUTH_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...FESTIVAL_ENTITIES,
  ...COPRODUCTION_ENTITIES,
  ...DELEGATION_ENTITIES,
  ...CALENDAR_ENTITIES,
];
