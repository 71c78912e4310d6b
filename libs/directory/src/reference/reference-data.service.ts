import { peopleOf, PEOPLE_OF_SCHOOLS_SQL } from '../site/site-membership.sql';
import { OutboxWriter } from '@crossroads/core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { COMMUNES } from '../commune/communes.data';
import { Commune } from '../commune/commune.entity';
import { Craft, Department } from '../craft/craft.entity';
import { CRAFTS, DEPARTMENTS } from '../craft/crafts.data';
import { Programme } from '../programme/programme.entity';
import { School } from '../school/school.entity';
import { SCHOOLS } from '../school/schools.reference';
import { ProgrammeLevel } from '../shared/directory.enums';
import { Site } from '../site/site.entity';
import { SiteService } from '../site/site.service';

/**
 * Real reference data (sites, crafts taxonomy, communes, schools and programmes), brought up to date at every
 * boot: inserted or updated by slug, never deleted; changed sites and schools go to the search outbox.
 */
@Injectable()
export class ReferenceDataService {
  private readonly logger = new Logger(ReferenceDataService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sites: SiteService,
    private readonly outbox: OutboxWriter,
  ) {}

  async apply(): Promise<void> {
    await this.sites.applyReferenceData();
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(Department, [...DEPARTMENTS], ['slug']);
      await manager.upsert(
        Craft,
        CRAFTS.map(({ department, ...craft }) => ({
          ...craft,
          labelFrInclusive: craft.labelFrInclusive ?? null,
          departmentSlug: department,
          synonyms: [...craft.synonyms],
        })),
        ['slug'],
      );
      // Keyed by INSEE code; a renamed commune keeps its row (and its id, which search URLs carry).
      await manager.upsert(
        Commune,
        COMMUNES.map((commune) => ({ ...commune, postcodes: [...commune.postcodes] })),
        ['code'],
      );
    });
    const changedSchools = await this.dataSource.transaction((manager) => this.applySchools(manager));
    if (changedSchools > 0) this.logger.log(`Reference schools updated: ${changedSchools}`);
  }

  private async applySchools(manager: EntityManager): Promise<number> {
    const siteIds = new Map((await manager.find(Site)).map((site) => [site.slug, site.id]));
    const existing = new Map(
      (await manager.findBy(School, { slug: In(SCHOOLS.map((s) => s.slug)) })).map((school) => [
        school.slug,
        school,
      ]),
    );
    const changed: string[] = [];
    for (const { programmes, siteSlug, unverified: _note, ...reference } of SCHOOLS) {
      const fields = {
        ...reference,
        sources: [...reference.sources],
        siteId: siteSlug ? (siteIds.get(siteSlug) ?? null) : null,
      };
      let school = existing.get(reference.slug);
      if (!school || !sameFields(school, fields)) {
        school = await manager.getRepository(School).save({ ...school, ...fields });
        changed.push(school.id);
      }
      for (const { unverified: _programmeNote, ...programme } of programmes) {
        const current = await manager.findOneBy(Programme, { slug: programme.slug });
        const programmeFields = {
          ...programme,
          level: programme.level as ProgrammeLevel,
          languages: [...programme.languages],
          sources: [...programme.sources],
          schoolId: school.id,
        };
        if (current && sameFields(current, programmeFields)) continue;
        await manager.getRepository(Programme).save({ ...current, ...programmeFields });
        if (!changed.includes(school.id)) changed.push(school.id);
      }
    }
    await this.outbox.enqueue(manager, 'school', changed);
    // A school that moves takes its students' search documents (their sites) with it.
    await this.outbox.enqueue(manager, 'person', await peopleOf(manager, PEOPLE_OF_SCHOOLS_SQL, changed));
    return changed.length;
  }
}

function sameFields(row: object, fields: object): boolean {
  return Object.entries(fields).every(
    ([key, value]) => JSON.stringify((row as Record<string, unknown>)[key]) === JSON.stringify(value),
  );
}
