import { subdivisionOf } from '../reference/subdivisions.reference';
import { User, viewerOf } from '@crossroads/auth';
import { AppError, FieldProblem, OutboxWriter, assertValid } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProjectAccess } from '../access/project-access';
import { CoproductionProfile } from './coproduction-profile.entity';
import { CoproductionProfileInput } from './dto/profile.inputs';

@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly access: ProjectAccess,
  ) {}

  findOne(companyId: string): Promise<CoproductionProfile | null> {
    return this.dataSource.getRepository(CoproductionProfile).findOneBy({ companyId });
  }

  /** Creates or updates a company's profile: the company's members and STAFF only. Re-indexes the company. */
  async upsert(companyId: string, input: CoproductionProfileInput, user: User): Promise<CoproductionProfile> {
    return this.dataSource.transaction(async (manager) => {
      const [company] = (await manager.query(`SELECT country FROM company WHERE id = $1`, [companyId])) as {
        country: string;
      }[];
      if (!company) throw AppError.notFound('Company');
      await this.access.assertCompanyMember(viewerOf(user), companyId, manager);
      const repository = manager.getRepository(CoproductionProfile);
      const current = await repository.findOne({ where: { companyId }, lock: { mode: 'pessimistic_write' } });
      const min = input.budgetMinEur !== undefined ? input.budgetMinEur : (current?.budgetMinEur ?? null);
      const max = input.budgetMaxEur !== undefined ? input.budgetMaxEur : (current?.budgetMaxEur ?? null);
      const problems: (FieldProblem | false)[] = [
        min !== null &&
          max !== null &&
          max < min && { field: 'budgetMaxEur', message: 'is below budgetMinEur' },
        !!input.subdivision &&
          subdivisionOf(input.subdivision)?.country !== company.country.trim().toUpperCase() && {
            field: 'subdivision',
            message: `is not a region of the company's country (${company.country.trim()})`,
          },
      ];
      if (input.attendingEditionIds?.length) {
        const found = (await manager.query(`SELECT id FROM festival_edition WHERE id = ANY($1::uuid[])`, [
          input.attendingEditionIds,
        ])) as { id: string }[];
        const known = new Set(found.map((row) => row.id));
        input.attendingEditionIds.forEach((id, i) => {
          if (!known.has(id))
            problems.push({ field: `attendingEditionIds.${i}`, message: 'unknown festival edition' });
        });
      }
      assertValid(problems);
      const fields = Object.fromEntries(
        Object.entries({
          ...input,
          ...(input.genres && { genres: [...new Set(input.genres.map((g) => g.trim().toLowerCase()))] }),
          ...(input.coproductionCountries && {
            coproductionCountries: [...new Set(input.coproductionCountries.map((c) => c.toUpperCase()))],
          }),
          ...(input.trackRecord && {
            trackRecord: input.trackRecord.map((w) => ({
              title: w.title.trim(),
              year: w.year,
              countries: w.countries.map((c) => c.toUpperCase()),
              format: w.format,
            })),
          }),
          ...(input.attendingEditionIds && { attendingEditionIds: [...new Set(input.attendingEditionIds)] }),
        }).filter(([, value]) => value !== undefined),
      ) as Partial<CoproductionProfile>;
      const saved = await repository.save(
        current ? repository.merge(current, fields) : repository.create({ companyId, ...fields }),
      );
      await this.outbox.enqueue(manager, 'company', [companyId]);
      return saved;
    });
  }
}
