import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface MailBacklog {
  pending: number;
  oldestAgeSeconds: number;
  failing: number;
  bounced: number;
}

/** Mail waiting to be sent, for /health (the table is core's, so any health endpoint can read it). */
@Injectable()
export class MailBacklogReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(): Promise<MailBacklog> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email_state = 'PENDING')::int AS pending,
              coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE email_state = 'PENDING')), 0)::float AS oldest,
              count(*) FILTER (WHERE email_state = 'PENDING' AND last_error IS NOT NULL)::int AS failing,
              count(*) FILTER (WHERE email_state = 'FAILED')::int AS bounced
         FROM notification WHERE email_state IN ('PENDING', 'FAILED')`,
    )) as { pending: number; oldest: number; failing: number; bounced: number }[];
    return {
      pending: row.pending,
      oldestAgeSeconds: Math.round(row.oldest * 10) / 10,
      failing: row.failing,
      bounced: row.bounced,
    };
  }
}
