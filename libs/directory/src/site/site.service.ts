import { peopleOf, PEOPLE_OF_SITES_SQL } from './site-membership.sql';
import {
  ConnectionArgs,
  ConnectionShape,
  OutboxWriter,
  pageRequest,
  toConnection,
  findByLookup,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Site } from './site.entity';
import { SITES, SiteReference } from './sites.reference';

@Injectable()
export class SiteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(Site);
  }

  async list(args: ConnectionArgs): Promise<ConnectionShape<Site>> {
    const page = pageRequest(args);
    const [rows, total] = await this.repository.findAndCount({
      order: { name: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toConnection(rows, total, page);
  }

  async findOne(by: { id?: string; slug?: string }): Promise<Site> {
    return findByLookup(this.repository, by, 'Site');
  }

  findByIds(ids: readonly string[]): Promise<Site[]> {
    return this.repository.findBy({ id: In([...ids]) });
  }

  /** Brings the reference sites up to date (insert or update by slug); changed sites go to the search outbox. */
  async applyReferenceData(sites: readonly SiteReference[] = SITES): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Site);
      const existing = new Map(
        (await repository.findBy({ slug: In(sites.map((s) => s.slug)) })).map((site) => [site.slug, site]),
      );
      const changed: Site[] = [];
      for (const reference of sites) {
        const current = existing.get(reference.slug);
        if (current && isSame(current, reference)) continue;
        changed.push(await repository.save(repository.merge(current ?? repository.create(), reference)));
      }
      const ids = changed.map((site) => site.id);
      await this.outbox.enqueue(manager, 'site', ids);
      // People's documents carry their sites' names.
      await this.outbox.enqueue(manager, 'person', await peopleOf(manager, PEOPLE_OF_SITES_SQL, ids));
      return changed.length;
    });
  }
}

function isSame(site: Site, reference: SiteReference): boolean {
  return (Object.keys(reference) as (keyof SiteReference)[]).every(
    (key) => JSON.stringify(site[key]) === JSON.stringify(reference[key]),
  );
}
