import { CurrentUser, hasAnyRole, Public, Role, User } from '@crossroads/auth';
import { MailBacklogReader } from '@crossroads/core';
import { Controller, Get, Inject, Req, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Request } from 'express';
import { Meilisearch } from 'meilisearch';
import { MEILI_CLIENT } from '../meili/meili.client';
import { OutboxBacklogReader } from '../relay/outbox-backlog';

/** Whether a request comes from this machine (an operator's curl, a local probe), not through a network. */
export function isLoopbackAddress(ip: string | undefined): boolean {
  if (!ip) return false;
  const address = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return address === '::1' || address.startsWith('127.');
}

/**
 * GET /health: up (200) or down (503) for anyone, such as a load balancer; the details (database, search engine,
 * outbox and mail backlogs, error messages) only to STAFF with a bearer token or to a request from this machine.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly backlog: OutboxBacklogReader,
    private readonly mail: MailBacklogReader,
    @Inject(MEILI_CLIENT) private readonly client: Meilisearch,
  ) {}

  @Public()
  @Get()
  async check(@Req() request: Request, @CurrentUser() user?: User) {
    const detailed = isLoopbackAddress(request.ip) || (!!user && hasAnyRole(user.roles, [Role.STAFF]));
    try {
      const result = await this.details();
      return detailed ? result : { status: result.status };
    } catch (error) {
      if (!detailed && error instanceof ServiceUnavailableException)
        throw new ServiceUnavailableException({ status: 'error' });
      throw error;
    }
  }

  private details() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      async () => {
        const indicator = this.indicators.check('search');
        try {
          const { status } = await this.client.health();
          return status === 'available' ? indicator.up() : indicator.down({ status });
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
      async () => {
        const indicator = this.indicators.check('outbox');
        try {
          return indicator.up({ ...(await this.backlog.read()) });
        } catch {
          return indicator.down();
        }
      },
      async () => {
        const indicator = this.indicators.check('mail');
        try {
          return indicator.up({ ...(await this.mail.read()) });
        } catch {
          return indicator.down();
        }
      },
    ]);
  }
}
