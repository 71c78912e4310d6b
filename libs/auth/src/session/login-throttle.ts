import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { backoffSeconds } from './login-backoff';

/**
 * Failed logins counted per (email, client address). The wait applies to that pair only: someone guessing from
 * one address never locks the owner out from another, and an unknown email is counted like a known one, so the
 * answers cannot tell them apart.
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Seconds this pair must still wait (0 when it may try). */
  async waitSeconds(email: string, ip: string | null): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS wait FROM login_throttle
        WHERE email = $1 AND ip = $2 AND locked_until > now()`,
      key(email, ip),
    )) as { wait: number }[];
    return row?.wait ?? 0;
  }

  /** Counts one failure atomically (aliased attempts in one request count one by one) and sets the wait. */
  async fail(email: string, ip: string | null): Promise<number> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO login_throttle (email, ip, failures) VALUES ($1, $2, 1)
       ON CONFLICT (email, ip) DO UPDATE SET failures = login_throttle.failures + 1, updated_at = now()
       RETURNING failures`,
      key(email, ip),
    )) as { failures: number }[];
    const wait = backoffSeconds(row.failures);
    if (wait > 0) {
      await this.dataSource.query(
        `UPDATE login_throttle SET locked_until = now() + make_interval(secs => $3) WHERE email = $1 AND ip = $2`,
        [...key(email, ip), wait],
      );
    }
    return row.failures;
  }

  /** A success from this address clears its count (and drops counts nobody touched for a day). */
  async succeed(email: string, ip: string | null): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_throttle WHERE (email = $1 AND ip = $2) OR updated_at < now() - interval '1 day'`,
      key(email, ip),
    );
  }
}

function key(email: string, ip: string | null): [string, string] {
  return [email.trim().toLowerCase().slice(0, 254), (ip ?? 'unknown').slice(0, 64)];
}
