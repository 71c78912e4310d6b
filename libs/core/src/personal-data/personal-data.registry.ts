import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Whose data: the account and the person profile it owns. */
export interface PersonalDataSubject {
  userId: string;
  personId: string | null;
}

/**
 * A domain's share of the personal data held about someone (GDPR export and erasure). Each domain registers one,
 * so an account's export and erasure cover every domain without any lib reaching up to another.
 */
export interface PersonalDataContributor {
  /** Key of this domain's section in the export. */
  readonly section: string;
  /** Erasure runs in ascending order (the account itself last). */
  readonly eraseOrder: number;
  export(subject: PersonalDataSubject): Promise<unknown>;
  erase(manager: EntityManager, subject: PersonalDataSubject): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly contributors: PersonalDataContributor[] = [];

  register(contributor: PersonalDataContributor): void {
    this.contributors.push(contributor);
  }

  async exportAll(subject: PersonalDataSubject): Promise<Record<string, unknown>> {
    const sections: Record<string, unknown> = {};
    for (const contributor of this.contributors)
      sections[contributor.section] = await contributor.export(subject);
    return sections;
  }

  /** Erases every domain's data in one transaction: all of it goes, or none. */
  eraseAll(dataSource: DataSource, subject: PersonalDataSubject): Promise<void> {
    const ordered = [...this.contributors].sort((a, b) => a.eraseOrder - b.eraseOrder);
    return dataSource.transaction(async (manager) => {
      for (const contributor of ordered) await contributor.erase(manager, subject);
    });
  }
}
