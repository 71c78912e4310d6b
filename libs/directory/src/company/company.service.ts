import {
  AppError,
  ConnectionShape,
  FieldProblem,
  isUniqueViolation,
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
import { Site } from '../site/site.entity';
import { companyInputProblems } from './company-input.rules';
import { Company } from './company.entity';
import { CompaniesArgs, CompanyInput } from './dto/company.inputs';

@Injectable()
export class CompanyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async list(args: CompaniesArgs): Promise<ConnectionShape<Company>> {
    const filter = args.filter ?? {};
    const query = this.dataSource
      .getRepository(Company)
      .createQueryBuilder('c')
      .orderBy(frenchOrder('c.name'))
      .addOrderBy('c.id');
    if (filter.kinds?.length) query.andWhere('c.kinds && :kinds', { kinds: filter.kinds });
    if (filter.formats?.length) query.andWhere('c.formats && :formats', { formats: filter.formats });
    if (filter.countries?.length) query.andWhere('c.country = ANY(:countries)', filter);
    wherePlace(query, 'c', filter);
    return pageOf(query, args);
  }

  async findOne(lookup: { id?: string; slug?: string }): Promise<Company> {
    return findByLookup(this.dataSource.getRepository(Company), lookup, 'Company');
  }

  async create(input: CompanyInput): Promise<Company> {
    assertValid([
      !input.name && { field: 'name', message: 'is required' },
      !input.country && { field: 'country', message: 'is required' },
      !input.city && { field: 'city', message: 'is required' },
    ]);
    return this.write(async (manager) => {
      const fields = await this.validated(manager, input, {
        country: input.country!.toUpperCase(),
        siren: null,
      });
      const slug = await uniqueSlug(manager, 'company', input.name!);
      const company = await manager.getRepository(Company).save({ ...fields, slug });
      await this.outbox.enqueue(manager, 'company', [company.id]);
      return company;
    });
  }

  /** Renaming or moving a company re-indexes the people affiliated with it. */
  async update(id: string, input: CompanyInput): Promise<Company> {
    return this.write(async (manager) => {
      const repository = manager.getRepository(Company);
      const company = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!company) throw AppError.notFound('Company');
      const saved = await repository.save(
        repository.merge(company, await this.validated(manager, input, company)),
      );
      await this.outbox.enqueue(manager, 'company', [id]);
      await this.outbox.enqueue(manager, 'person', await this.affiliatedPeople(manager, id));
      return saved;
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.write(async (manager) => {
      const people = await this.affiliatedPeople(manager, id);
      const { affected } = await manager.delete(Company, { id });
      if (!affected) throw AppError.notFound('Company');
      await this.outbox.enqueue(manager, 'company', [id]);
      await this.outbox.enqueue(manager, 'person', people);
      return true;
    });
  }

  private async affiliatedPeople(manager: EntityManager, companyId: string): Promise<string[]> {
    const rows: { person_id: string }[] = await manager.query(
      'SELECT DISTINCT person_id FROM affiliation WHERE company_id = $1',
      [companyId],
    );
    return rows.map((row) => row.person_id);
  }

  private async validated(
    manager: EntityManager,
    input: CompanyInput,
    current: { country: string; siren: string | null },
  ): Promise<Partial<Company>> {
    const { site, ...fields } = input;
    const country = (input.country ?? current.country).toUpperCase();
    const siren = input.siren !== undefined ? input.siren : current.siren;
    const problems: FieldProblem[] = companyInputProblems(input, current);
    let siteId: string | null | undefined;
    if (site !== undefined) {
      siteId = (await manager.findOneBy(Site, { slug: site }))?.id ?? null;
      if (!siteId) problems.push({ field: 'site', message: `unknown site "${site}"` });
    }
    assertValid(problems);
    return Object.fromEntries(
      Object.entries({ ...fields, country, siren, siteId }).filter(([, value]) => value !== undefined),
    ) as Partial<Company>;
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      // A slug taken by a simultaneous create is not a SIREN clash: that one reaches the central CONFLICT.
      if (isUniqueViolation(error, 'company_siren_key')) {
        throw AppError.conflict('A company with this SIREN already exists');
      }
      throw error;
    }
  }
}
