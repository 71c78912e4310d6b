import { Public } from '@crossroads/auth';
import { MailBacklogReader } from '@crossroads/core';
import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Meilisearch } from 'meilisearch';
import { MEILI_CLIENT } from '../meili/meili.client';
import { OutboxBacklogReader } from '../relay/outbox-backlog';

/** GET /health: database, search engine, outbox and mail backlogs; 503 when a dependency is down. */
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
  @HealthCheck()
  check() {
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
