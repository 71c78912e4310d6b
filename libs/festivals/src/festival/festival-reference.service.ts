import { OutboxWriter } from '@crossroads/core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FestivalEdition } from '../edition/festival-edition.entity';
import { Festival } from './festival.entity';
import { FESTIVALS } from './festivals.reference';

/**
 * Brings the sourced festivals and editions up to date at every boot: inserted or updated by slug (festivals) and
 * by year (editions), never deleted. Columns staff maintain (deadlines) are not in the reference and stay as set;
 * dates staff set (`datesSetAt`) win over the reference's.
 */
@Injectable()
export class FestivalReferenceService {
  private readonly logger = new Logger(FestivalReferenceService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async apply(): Promise<void> {
    const changed = await this.dataSource.transaction((manager) => this.applyIn(manager));
    if (changed > 0) this.logger.log(`Reference festivals updated: ${changed}`);
  }

  private async applyIn(manager: EntityManager): Promise<number> {
    const before = await this.snapshot(manager);
    await manager.upsert(
      Festival,
      FESTIVALS.map(({ editions: _editions, ...festival }) => ({
        ...festival,
        kinds: [...festival.kinds],
        formats: [...festival.formats],
        sources: [...festival.sources],
      })) as Partial<Festival>[],
      // A row the reference does not change keeps its updated_at, the version search compares (reconcile).
      { conflictPaths: ['slug'], skipUpdateIfNoValuesChanged: true },
    );
    const ids = new Map((await manager.find(Festival)).map((festival) => [festival.slug, festival.id]));
    const setByStaff = await this.datesSetByStaff(manager);
    await manager.upsert(
      FestivalEdition,
      FESTIVALS.flatMap((festival) =>
        festival.editions.map((edition) => ({
          festivalId: ids.get(festival.slug)!,
          year: edition.year,
          startsOn: edition.startsOn,
          endsOn: edition.endsOn,
          marketName: edition.marketName,
          marketStartsOn: edition.marketStartsOn,
          marketEndsOn: edition.marketEndsOn,
          estimated: edition.estimated,
          ...setByStaff.get(`${ids.get(festival.slug)}:${edition.year}`),
          cancelled: edition.cancelled ?? false,
          note: edition.note ?? null,
          sources: [...edition.sources],
        })),
      ),
      { conflictPaths: ['festivalId', 'year'], skipUpdateIfNoValuesChanged: true },
    );
    const after = await this.snapshot(manager);
    const changed = [...after].filter(([id, state]) => before.get(id) !== state).map(([id]) => id);
    await this.outbox.enqueue(manager, 'festival', changed);
    return changed.length;
  }

  /** The dates staff set on editions, by `festivalId:year`: they win over the reference. */
  private async datesSetByStaff(manager: EntityManager): Promise<Map<string, Partial<FestivalEdition>>> {
    const rows = await manager
      .getRepository(FestivalEdition)
      .createQueryBuilder('edition')
      .where('edition.datesSetAt IS NOT NULL')
      .getMany();
    return new Map(
      rows.map((row) => [
        `${row.festivalId}:${row.year}`,
        {
          startsOn: row.startsOn,
          endsOn: row.endsOn,
          marketStartsOn: row.marketStartsOn,
          marketEndsOn: row.marketEndsOn,
          estimated: row.estimated,
        },
      ]),
    );
  }

  /** Each festival's reference columns and editions as one comparable string. */
  private async snapshot(manager: EntityManager): Promise<Map<string, string>> {
    const rows: { id: string; state: string }[] = await manager.query(`
      SELECT f.id, concat_ws('|', f.name, f.city, f.country, f.kinds::text, f.usual_month, f.formats::text,
        f.entry_rules, f.sources::text,
        (SELECT string_agg(concat_ws(',', e.year, e.starts_on, e.ends_on, e.market_name, e.market_starts_on,
           e.market_ends_on, e.estimated, e.cancelled, e.note), ';' ORDER BY e.year)
         FROM festival_edition e WHERE e.festival_id = f.id)) AS state
      FROM festival f`);
    return new Map(rows.map((row) => [row.id, row.state]));
  }
}
