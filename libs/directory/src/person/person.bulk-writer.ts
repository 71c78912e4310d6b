import { OutboxWriter, BulkColumn, bulkInsert, bulkUpdate } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { LanguageLevel, TitleForm } from '../shared/directory.enums';
import { PersonCraft, PersonLanguage } from './person-details.entity';
import { DEFAULT_VISIBILITY, Person } from './person.entity';

const CRAFT_COLUMNS: readonly BulkColumn<PersonCraft>[] = [
  ['personId', 'person_id', 'uuid'],
  ['craftSlug', 'craft_slug', 'text'],
  ['isPrimary', 'is_primary', 'boolean'],
];
const LANGUAGE_COLUMNS: readonly BulkColumn<PersonLanguage>[] = [
  ['personId', 'person_id', 'uuid'],
  ['language', 'language', 'text'],
  ['level', 'level', 'text'],
];

/** A whole person to store, with crafts (first one primary) and languages when they are to be replaced. */
export interface PersonDraft {
  person: Partial<Person> & Pick<Person, 'slug' | 'firstName' | 'lastName'>;
  crafts?: string[];
  languages?: { language: string; level: LanguageLevel }[];
}

const COLUMNS: readonly BulkColumn<Person>[] = [
  ['id', 'id', 'uuid'],
  ['slug', 'slug', 'text'],
  ['firstName', 'first_name', 'text'],
  ['lastName', 'last_name', 'text'],
  ['kinds', 'kinds', 'text[]'],
  ['titleForm', 'title_form', 'text'],
  ['headline', 'headline', 'text'],
  ['bioFr', 'bio_fr', 'text'],
  ['bioEn', 'bio_en', 'text'],
  ['skills', 'skills', 'text[]'],
  ['city', 'city', 'text'],
  ['postcode', 'postcode', 'text'],
  ['lat', 'lat', 'double precision'],
  ['lng', 'lng', 'double precision'],
  ['mobilityKm', 'mobility_km', 'integer'],
  ['siteId', 'site_id', 'uuid'],
  ['schoolId', 'school_id', 'uuid'],
  ['programmeId', 'programme_id', 'uuid'],
  ['graduationYear', 'graduation_year', 'smallint'],
  ['playingAgeMin', 'playing_age_min', 'smallint'],
  ['playingAgeMax', 'playing_age_max', 'smallint'],
  ['accents', 'accents', 'text[]'],
  ['specialSkills', 'special_skills', 'text[]'],
  ['email', 'email', 'text'],
  ['phone', 'phone', 'text'],
  ['website', 'website', 'text'],
  ['showreelUrl', 'showreel_url', 'text'],
  ['filmographyUrl', 'filmography_url', 'text'],
  ['visibility', 'visibility', 'jsonb'],
  ['consentDirectory', 'consent_directory', 'boolean'],
  ['consentBrochure', 'consent_brochure', 'boolean'],
  ['verified', 'verified', 'boolean'],
  ['lastReviewedOn', 'last_reviewed_on', 'date'],
];

/** The defaults of the person table, for rows created in bulk. */
function withDefaults(person: PersonDraft['person']): Partial<Person> {
  return {
    kinds: [],
    titleForm: TitleForm.INCLUSIVE,
    skills: [],
    accents: [],
    specialSkills: [],
    visibility: { ...DEFAULT_VISIBILITY },
    consentDirectory: true,
    consentBrochure: false,
    verified: false,
    ...person,
  };
}

/**
 * Writes batches of people in a few statements (imports): creates and whole-row updates, crafts and languages
 * replaced where given, and their search outbox rows, all with the caller's transaction manager.
 */
@Injectable()
export class PersonBulkWriter {
  constructor(private readonly outbox: OutboxWriter) {}

  /** Returns the ids of the created people, in the order given. */
  async write(
    manager: EntityManager,
    created: readonly PersonDraft[],
    updated: readonly (PersonDraft & { person: { id: string } })[],
  ): Promise<string[]> {
    const creates = created.map((draft) => ({ ...draft, person: { ...draft.person, id: randomUUID() } }));
    await bulkInsert(
      manager,
      'person',
      COLUMNS,
      creates.map((draft) => withDefaults(draft.person)),
    );
    await bulkUpdate(
      manager,
      'person',
      COLUMNS,
      updated.map((draft) => draft.person),
    );
    const all = [...creates, ...updated];
    const withCrafts = all.filter((draft) => draft.crafts);
    if (withCrafts.length) {
      await this.clear(manager, 'person_craft', updated, (draft) => Boolean(draft.crafts));
      await bulkInsert(
        manager,
        'person_craft',
        CRAFT_COLUMNS,
        withCrafts.flatMap((draft) =>
          [...new Set(draft.crafts)].map((craftSlug, i) => ({
            personId: draft.person.id,
            craftSlug,
            isPrimary: i === 0,
          })),
        ),
      );
    }
    const withLanguages = all.filter((draft) => draft.languages);
    if (withLanguages.length) {
      await this.clear(manager, 'person_language', updated, (draft) => Boolean(draft.languages));
      await bulkInsert(
        manager,
        'person_language',
        LANGUAGE_COLUMNS,
        withLanguages.flatMap((draft) => draft.languages!.map((l) => ({ personId: draft.person.id, ...l }))),
      );
    }
    await this.outbox.enqueue(
      manager,
      'person',
      all.map((draft) => draft.person.id),
    );
    return creates.map((draft) => draft.person.id);
  }

  /** Removes the rows of `table` that updated people replace (people just created have none to remove). */
  private async clear(
    manager: EntityManager,
    table: 'person_craft' | 'person_language',
    updated: readonly (PersonDraft & { person: { id: string } })[],
    replaces: (draft: PersonDraft) => boolean,
  ): Promise<void> {
    const ids = updated.filter(replaces).map((draft) => draft.person.id);
    if (ids.length) await manager.query(`DELETE FROM ${table} WHERE person_id = ANY($1::uuid[])`, [ids]);
  }
}
