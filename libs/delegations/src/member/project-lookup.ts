import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Projects come from co-production; until that lib lands, no project can be a member. */
@Injectable()
export class ProjectLookup {
  async exists(_manager: EntityManager, _id: string): Promise<boolean> {
    return false;
  }
}
