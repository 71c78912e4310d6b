import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource, EntityManager } from 'typeorm';

/** Whose data: the account and the person profile it owns. */
export interface PersonalDataSubject {
  userId: string;
  personId: string | null;
}

/** A domain's share of the personal data held about someone (GDPR export and erasure). */
export interface PersonalDataContributor {
  export(subject: PersonalDataSubject): Promise<unknown>;
  erase(manager: EntityManager, subject: PersonalDataSubject): Promise<void>;
}

export interface PersonalDataSectionOptions {
  /** Key of this domain's section in the export. */
  section: string;
  /** Erasure runs in ascending order (the account itself last). */
  eraseOrder: number;
}

/**
 * Marks a provider as a domain's PersonalDataContributor: the registry finds every one at startup, so an
 * account's export and erasure cover every domain without any lib reaching up to another.
 */
export const PersonalDataSection = DiscoveryService.createDecorator<PersonalDataSectionOptions>();

interface Contribution extends PersonalDataSectionOptions {
  contributor: PersonalDataContributor;
}

@Injectable()
export class PersonalDataRegistry {
  private found: Contribution[] | undefined;

  constructor(private readonly discovery: DiscoveryService) {}

  /** Read once, on first use: every provider is built by then. */
  private get contributions(): Contribution[] {
    this.found ??= this.discovery
      .getProviders({ metadataKey: PersonalDataSection.KEY })
      .filter((wrapper) => wrapper.instance)
      .map((wrapper) => ({
        ...this.discovery.getMetadataByDecorator(PersonalDataSection, wrapper)!,
        contributor: wrapper.instance as PersonalDataContributor,
      }));
    return this.found;
  }

  async exportAll(subject: PersonalDataSubject): Promise<Record<string, unknown>> {
    const sections: Record<string, unknown> = {};
    for (const { section, contributor } of this.contributions)
      sections[section] = await contributor.export(subject);
    return sections;
  }

  /** Erases every domain's data in one transaction: all of it goes, or none. */
  eraseAll(dataSource: DataSource, subject: PersonalDataSubject): Promise<void> {
    const ordered = [...this.contributions].sort((a, b) => a.eraseOrder - b.eraseOrder);
    return dataSource.transaction(async (manager) => {
      for (const { contributor } of ordered) await contributor.erase(manager, subject);
    });
  }
}
