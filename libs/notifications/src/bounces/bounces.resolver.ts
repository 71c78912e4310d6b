import { Role, Roles, User } from '@crossroads/auth';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';

import { DataSource, IsNull, Not } from 'typeorm';

/** STAFF see the accounts whose address bounced: the sender no longer writes to them. */
@Resolver()
export class BouncesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Roles(Role.STAFF)
  @Query(() => [User], { description: 'Accounts whose email address bounced, most recent first (STAFF)' })
  bouncedAccounts(@Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<User[]> {
    const take = Math.min(Math.max(first, 1), 100);
    return this.dataSource.getRepository(User).find({
      where: { emailBouncedAt: Not(IsNull()) },
      order: { emailBouncedAt: 'DESC', id: 'ASC' },
      take,
    });
  }
}
