import { peopleOf, PEOPLE_OF_SCHOOLS_SQL } from '../site/site-membership.sql';
import {
  AppError,
  ConnectionShape,
  OutboxWriter,
  pageOf,
  findByLookup,
  uniqueSlug,
  assertValid,
  frenchOrder,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { wherePlace } from '../shared/place-filter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Programme } from '../programme/programme.entity';
import { Site } from '../site/site.entity';
import { ProgrammeInput, ProgrammesArgs, SchoolInput, SchoolsArgs } from './dto/school.inputs';
import { School } from './school.entity';

/** Schools and their programmes; a programme change re-indexes its school (programmes are part of its document). */
@Injectable()
export class SchoolService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async list(args: SchoolsArgs): Promise<ConnectionShape<School>> {
    const query = this.dataSource
      .getRepository(School)
      .createQueryBuilder('s')
      .orderBy(frenchOrder('s.name'))
      .addOrderBy('s.id');
    const filter = args.filter ?? {};
    wherePlace(query, 's', filter);
    return pageOf(query, args);
  }

  async listProgrammes(args: ProgrammesArgs): Promise<ConnectionShape<Programme>> {
    const query = this.dataSource
      .getRepository(Programme)
      .createQueryBuilder('p')
      .orderBy(frenchOrder('p.title'))
      .addOrderBy('p.id');
    const filter = args.filter ?? {};
    if (filter.schools?.length)
      query.andWhere('p.school_id IN (SELECT id FROM school WHERE slug = ANY(:schools))', filter);
    if (filter.levels?.length) query.andWhere('p.level = ANY(:levels)', filter);
    if (filter.disciplines?.length) query.andWhere('p.discipline = ANY(:disciplines)', filter);
    return pageOf(query, args);
  }

  async findOne(lookup: { id?: string; slug?: string }): Promise<School> {
    return findByLookup(this.dataSource.getRepository(School), lookup, 'School');
  }

  async findProgramme(lookup: { id?: string; slug?: string }): Promise<Programme> {
    return findByLookup(this.dataSource.getRepository(Programme), lookup, 'Programme');
  }

  async create(input: SchoolInput): Promise<School> {
    assertValid([
      !input.name && { field: 'name', message: 'is required' },
      !input.city && { field: 'city', message: 'is required' },
    ]);
    return this.dataSource.transaction(async (manager) => {
      const school = await manager.getRepository(School).save({
        ...(await this.schoolFields(manager, input)),
        slug: await uniqueSlug(manager, 'school', input.name!),
      });
      await this.outbox.enqueue(manager, 'school', [school.id]);
      return school;
    });
  }

  async update(id: string, input: SchoolInput): Promise<School> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(School);
      const school = await repository.findOneBy({ id });
      if (!school) throw AppError.notFound('School');
      const saved = await repository.save(repository.merge(school, await this.schoolFields(manager, input)));
      await this.outbox.enqueue(manager, 'school', [id]);
      // Their search documents carry the school's site.
      await this.outbox.enqueue(manager, 'person', await peopleOf(manager, PEOPLE_OF_SCHOOLS_SQL, [id]));
      return saved;
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const students = await peopleOf(manager, PEOPLE_OF_SCHOOLS_SQL, [id]);
      const { affected } = await manager.delete(School, { id });
      if (!affected) throw AppError.notFound('School');
      await this.outbox.enqueue(manager, 'school', [id]);
      await this.outbox.enqueue(manager, 'person', students);
      return true;
    });
  }

  async createProgramme(input: ProgrammeInput): Promise<Programme> {
    assertValid([
      !input.schoolId && { field: 'schoolId', message: 'is required' },
      !input.title && { field: 'title', message: 'is required' },
      !input.level && { field: 'level', message: 'is required' },
      !input.discipline && { field: 'discipline', message: 'is required' },
    ]);
    return this.dataSource.transaction(async (manager) => {
      const school = await manager.findOneBy(School, { id: input.schoolId! });
      assertValid([!school && { field: 'schoolId', message: 'unknown school' }]);
      const programme = await manager.getRepository(Programme).save({
        ...input,
        slug: await uniqueSlug(manager, 'programme', `${school!.slug} ${input.title}`),
      });
      await this.outbox.enqueue(manager, 'school', [programme.schoolId]);
      return programme;
    });
  }

  async updateProgramme(id: string, input: ProgrammeInput): Promise<Programme> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Programme);
      const programme = await repository.findOneBy({ id });
      if (!programme) throw AppError.notFound('Programme');
      assertValid([
        Boolean(input.schoolId) &&
          input.schoolId !== programme.schoolId && { field: 'schoolId', message: 'cannot change' },
      ]);
      const saved = await repository.save(repository.merge(programme, input));
      await this.outbox.enqueue(manager, 'school', [programme.schoolId]);
      await this.outbox.enqueue(manager, 'person', await this.studentsOf(manager, 'programme_id', id));
      return saved;
    });
  }

  async removeProgramme(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOneBy(Programme, { id });
      if (!programme) throw AppError.notFound('Programme');
      const students = await this.studentsOf(manager, 'programme_id', id);
      await manager.delete(Programme, { id });
      await this.outbox.enqueue(manager, 'school', [programme.schoolId]);
      await this.outbox.enqueue(manager, 'person', students);
      return true;
    });
  }

  private async schoolFields(manager: EntityManager, input: SchoolInput): Promise<Partial<School>> {
    const { site, ...fields } = input;
    const result: Partial<School> = Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined),
    );
    if (site !== undefined) {
      result.siteId = (await manager.findOneBy(Site, { slug: site }))?.id ?? null;
      assertValid([!result.siteId && { field: 'site', message: `unknown site "${site}"` }]);
    }
    return result;
  }

  private async studentsOf(manager: EntityManager, column: 'school_id' | 'programme_id', id: string) {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM person WHERE ${column} = $1`, [id]);
    return rows.map((row) => row.id);
  }
}
