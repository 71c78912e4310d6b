import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface OutboxBacklog {
  pending: number;
  oldestAgeSeconds: number;
  failing: number;
}

@Injectable()
export class OutboxBacklogReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(): Promise<OutboxBacklog> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS pending,
              coalesce(extract(epoch FROM now() - min(enqueued_at)), 0)::float AS oldest,
              count(*) FILTER (WHERE attempts > 0)::int AS failing
         FROM search_outbox`,
    )) as { pending: number; oldest: number; failing: number }[];
    return { pending: row.pending, oldestAgeSeconds: Math.round(row.oldest * 10) / 10, failing: row.failing };
  }
}
