import { PerRequest } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { CoproductionProfile } from './profile/coproduction-profile.entity';
import { ProjectTeamMember } from './project/project.entity';

/** The co-production DataLoaders of one request. */
export class CoproductionRequestLoaders {
  constructor(private readonly dataSource: DataSource) {}

  readonly profile = new DataLoader<string, CoproductionProfile | null>(async (companyIds) => {
    const rows = await this.dataSource
      .getRepository(CoproductionProfile)
      .findBy({ companyId: In([...companyIds]) });
    const byId = new Map(rows.map((row) => [row.companyId, row]));
    return companyIds.map((id) => byId.get(id) ?? null);
  });

  readonly teamOfProject = new DataLoader<string, ProjectTeamMember[]>(async (projectIds) => {
    const rows = await this.dataSource
      .getRepository(ProjectTeamMember)
      .find({ where: { projectId: In([...projectIds]) }, order: { role: 'ASC', id: 'ASC' } });
    return projectIds.map((id) => rows.filter((row) => row.projectId === id));
  });
}

@Injectable()
export class CoproductionLoaders {
  private readonly perRequest = new PerRequest(() => new CoproductionRequestLoaders(this.dataSource));

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(request: object): CoproductionRequestLoaders {
    return this.perRequest.for(request);
  }
}
