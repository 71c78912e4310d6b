import {
  OutboxWriter,
  PersonalDataContributor,
  PersonalDataSection,
  PersonalDataSubject,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonClaim } from '../claim/person-claim.entity';
import { Affiliation, Availability, Credit, PersonCraft, PersonLanguage } from './person-details.entity';
import { Person } from './person.entity';

/** The directory's share: the owned profile with all its details, its company memberships, and the account's claims. */
@Injectable()
@PersonalDataSection({ section: 'directory', eraseOrder: 10 })
export class PersonPersonalData implements PersonalDataContributor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async export({ userId, personId }: PersonalDataSubject) {
    const manager = this.dataSource.manager;
    // Who decided is another account: its id stays with STAFF; the member learns only that staff decided.
    const claims = (await manager.findBy(PersonClaim, { userId })).map(({ decidedBy, ...claim }) => ({
      ...claim,
      decidedBy: decidedBy ? 'staff' : null,
    }));
    if (!personId) return { profile: null, claims };
    const [profile, crafts, languages, credits, availability, affiliations] = await Promise.all([
      manager.findOneBy(Person, { id: personId }),
      manager.findBy(PersonCraft, { personId }),
      manager.findBy(PersonLanguage, { personId }),
      manager.findBy(Credit, { personId }),
      manager.findBy(Availability, { personId }),
      manager.findBy(Affiliation, { personId }),
    ]);
    const memberships = affiliations.map(({ decidedByUserId, ...membership }) => ({
      ...membership,
      decidedBy: !decidedByUserId ? null : decidedByUserId === userId ? 'you' : 'staff or a company admin',
    }));
    return { profile, crafts, languages, credits, availability, memberships, claims };
  }

  /** The profile goes with its details; credits stay without the person (title, year, format, company). */
  async erase(manager: EntityManager, { userId, personId }: PersonalDataSubject): Promise<void> {
    await manager.delete(PersonClaim, { userId });
    if (!personId) return;
    await manager.delete(Person, { id: personId });
    await this.outbox.enqueue(manager, 'person', [personId]);
  }
}
