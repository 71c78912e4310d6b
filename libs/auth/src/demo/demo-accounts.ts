import { AppConfig } from '@crossroads/core';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Role, UserStatus } from '../user/role.enum';
import { UserService } from '../user/user.service';

export const DEMO_ACCOUNTS = [
  { email: 'admin@example.org', displayName: 'Demo admin', roles: [Role.ADMIN] },
  { email: 'staff@example.org', displayName: 'Demo curator', roles: [Role.STAFF] },
  { email: 'member@example.org', displayName: 'Demo member', roles: [Role.MEMBER] },
] as const;

/** Demo accounts (password DEMO_PASSWORD), created when demo data is seeded; never in production. */
@Injectable()
export class DemoAccounts implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoAccounts.name);

  constructor(
    private readonly config: AppConfig,
    private readonly users: UserService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedsDemoData) return;
    for (const account of DEMO_ACCOUNTS) {
      if (await this.users.findByEmail(account.email)) continue;
      await this.users.create({
        ...account,
        roles: [...account.roles],
        password: this.config.DEMO_PASSWORD,
        status: UserStatus.ACTIVE,
      });
      this.logger.log(`Demo account ${account.email} created`);
    }
  }
}
