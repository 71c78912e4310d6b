import { PerRequest } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Company } from '../company/company.entity';
import { Craft } from '../craft/craft.entity';
import { Affiliation, Availability, Credit, PersonLanguage } from '../person/person-details.entity';
import { Person } from '../person/person.entity';
import { Programme } from '../programme/programme.entity';
import { School } from '../school/school.entity';
import { Site } from '../site/site.entity';
import { peopleSiteIdsSql } from '../site/site-membership.sql';

function byKey<T, K>(rows: T[], key: (row: T) => K): Map<K, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** The DataLoaders of one request: each relation is fetched with one query per page, not one per row. */
export class RequestLoaders {
  constructor(private readonly dataSource: DataSource) {}

  private one<T extends { id: string }>(entity: new () => T) {
    return new DataLoader<string, T | null>(async (ids) => {
      const rows = byKey(
        await this.dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never),
        (r) => r.id,
      );
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  private many<T>(entity: new () => T, column: keyof T & string, order?: Record<string, 'ASC' | 'DESC'>) {
    return new DataLoader<string, T[]>(async (ids) => {
      const rows = (await this.dataSource
        .getRepository(entity)
        .find({ where: { [column]: In([...ids]) } as never, order: order as never })) as T[];
      const groups = groupBy(rows, (row) => row[column] as unknown as string);
      return ids.map((id) => groups.get(id) ?? []);
    });
  }

  readonly site = this.one(Site);
  readonly school = this.one(School);
  readonly programme = this.one(Programme);
  readonly company = this.one(Company);

  /**
   * Raw rows mapped by hand: getRawAndEntities() de-duplicates entities by primary key, so when two
   * people of a batch share a craft its entities no longer line up with the raw rows.
   */
  readonly craftsOfPerson = new DataLoader<string, Craft[]>(async (personIds) => {
    const rows: (Craft & { personId: string })[] = await this.dataSource
      .createQueryBuilder()
      .select('pc.person_id', 'personId')
      .addSelect('craft.slug', 'slug')
      .addSelect('craft.department_slug', 'departmentSlug')
      .addSelect('craft.label_fr', 'labelFr')
      .addSelect('craft.label_fr_feminine', 'labelFrFeminine')
      .addSelect('craft.label_fr_inclusive', 'labelFrInclusive')
      .addSelect('craft.label_en', 'labelEn')
      .addSelect('craft.synonyms', 'synonyms')
      .from('person_craft', 'pc')
      .innerJoin('craft', 'craft', 'craft.slug = pc.craft_slug')
      .where('pc.person_id IN (:...personIds)', { personIds })
      .orderBy('pc.is_primary', 'DESC')
      .addOrderBy('craft.slug')
      .getRawMany();
    const groups = groupBy(rows, (row) => row.personId);
    return personIds.map((id) =>
      (groups.get(id) ?? []).map(({ personId: _personId, ...craft }) => Object.assign(new Craft(), craft)),
    );
  });

  readonly languagesOfPerson = this.many(PersonLanguage, 'personId', { language: 'ASC' });
  readonly creditsOfPerson = this.many(Credit, 'personId', { year: 'DESC', title: 'ASC', id: 'ASC' });
  readonly availabilityOfPerson = this.many(Availability, 'personId', { startsOn: 'ASC', id: 'ASC' });
  readonly affiliationsOfPerson = this.many(Affiliation, 'personId', { startsOn: 'DESC', id: 'ASC' });
  readonly affiliationsOfCompany = this.many(Affiliation, 'companyId', { startsOn: 'DESC', id: 'ASC' });
  readonly programmesOfSchool = this.many(Programme, 'schoolId', { title: 'ASC', id: 'ASC' });
  readonly companiesOfSite = this.many(Company, 'siteId', { name: 'ASC', id: 'ASC' });
  readonly schoolsOfSite = this.many(School, 'siteId', { name: 'ASC', id: 'ASC' });
  readonly person = this.one(Person);

  /**
   * Students and alumni per school or programme (only the demo ones with `demoOnly`); anonymous readers count
   * only those who consented.
   */
  studentCount(
    column: 'school_id' | 'programme_id',
    anonymous: boolean,
    demoOnly = false,
  ): DataLoader<string, number> {
    const key = `${column}:${anonymous}:${demoOnly}`;
    let loader = this.counts.get(key);
    if (!loader) {
      loader = new DataLoader<string, number>(async (ids) => {
        const rows: { id: string; n: number }[] = await this.dataSource.query(
          `SELECT ${column} AS id, count(*)::int AS n FROM person
            WHERE ${column} = ANY($1::uuid[]) ${anonymous ? 'AND consent_directory' : ''}
                  ${demoOnly ? 'AND is_demo' : ''} GROUP BY ${column}`,
          [ids],
        );
        const counts = new Map(rows.map((row) => [row.id, row.n]));
        return ids.map((id) => counts.get(id) ?? 0);
      });
      this.counts.set(key, loader);
    }
    return loader;
  }

  /** People per site (see peopleSiteIdsSql), of any of `kinds` if given; anonymous readers count consenting ones. */
  peopleCountOfSite(
    kinds: readonly string[],
    anonymous: boolean,
    demoOnly = false,
  ): DataLoader<string, number> {
    const key = `site:${[...kinds].sort().join(',')}:${anonymous}:${demoOnly}`;
    let loader = this.counts.get(key);
    if (!loader) {
      loader = new DataLoader<string, number>(async (ids) => {
        // Set-wise (one join per path), not a sub-select per person: a few ms instead of about 300 at demo scale.
        const rows: { id: string; n: number }[] = await this.dataSource.query(
          `WITH counted AS (
             SELECT p.id, p.site_id, p.school_id, p.programme_id FROM person p
              WHERE (cardinality($2::text[]) = 0 OR p.kinds && $2::text[])
                ${anonymous ? 'AND p.consent_directory' : ''} ${demoOnly ? 'AND p.is_demo' : ''})
           SELECT ps.site_id AS id, count(DISTINCT ps.person_id)::int AS n
             FROM ${peopleSiteIdsSql('counted')} AS ps
            WHERE ps.site_id = ANY($1::uuid[])
            GROUP BY ps.site_id`,
          [ids, kinds],
        );
        const counts = new Map(rows.map((row) => [row.id, row.n]));
        return ids.map((id) => counts.get(id) ?? 0);
      });
      this.counts.set(key, loader);
    }
    return loader;
  }

  private readonly counts = new Map<string, DataLoader<string, number>>();
}

/** Hands each GraphQL request its own set of loaders (kept on the request object, so they die with it). */
@Injectable()
export class DirectoryLoaders {
  private readonly perRequest = new PerRequest(() => new RequestLoaders(this.dataSource));

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(request: object): RequestLoaders {
    return this.perRequest.for(request);
  }
}
