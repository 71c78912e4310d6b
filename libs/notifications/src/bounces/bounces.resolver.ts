import { Role, Roles, User, UserConnection } from '@crossroads/auth';
import { ConnectionArgs, ConnectionShape, pageRequest, toConnection } from '@crossroads/core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';

import { DataSource, IsNull, Not } from 'typeorm';

/** STAFF see the accounts whose address bounced: the sender no longer writes to them. */
@Resolver()
export class BouncesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Roles(Role.STAFF)
  @Query(() => UserConnection, {
    description: 'Accounts whose email address bounced, most recent first, page by page (STAFF)',
  })
  async bouncedAccounts(@Args() args: ConnectionArgs): Promise<ConnectionShape<User>> {
    const page = pageRequest(args);
    const [rows, total] = await this.dataSource.getRepository(User).findAndCount({
      where: { emailBouncedAt: Not(IsNull()) },
      order: { emailBouncedAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toConnection(rows, total, page);
  }
}
