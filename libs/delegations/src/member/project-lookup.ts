import { Project } from '@crossroads/coproduction';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Whether a co-production project exists (STAFF add any project, whatever its visibility). */
@Injectable()
export class ProjectLookup {
  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.existsBy(Project, { id });
  }
}
