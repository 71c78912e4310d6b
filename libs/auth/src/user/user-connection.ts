import { Connection } from '@crossroads/core';
import { User } from './user.entity';

/** Accounts page by page: STAFF's account list and the bounced addresses. */
export const UserConnection = Connection(User);
