import { lookupByIndex } from '@crossroads/core';
import type { EntityManager } from 'typeorm';
import { LanguageLevel } from '../shared/directory.enums';
import { Person } from './person.entity';

/** A whole person with their crafts (primary first) and languages: what a bulk update compares against. */
export interface PersonWithDetails {
  person: Person;
  crafts: string[];
  languages: { language: string; level: LanguageLevel }[];
  /** Whether an account owns the profile (its owner wrote its email, which then proves nothing about a row). */
  ownedByAccount: boolean;
}

/** Whole people by id, as TypeORM reads them (column by column through the driver), looked up through the index. */
async function peopleByIds(manager: EntityManager, ids: readonly string[], lock: boolean): Promise<Person[]> {
  const { columns } = manager.connection.getMetadata(Person);
  const rows = await lookupByIndex<Record<string, unknown>>(manager, {
    table: 'person',
    key: 'id',
    keyType: 'uuid',
    keys: ids,
    columns: columns.map((column) => `${column.databaseName} AS "${column.propertyName}"`).join(', '),
    lock,
  });
  return rows.map((row) => {
    const person = manager.create(Person);
    for (const column of columns)
      column.setEntityValue(
        person,
        manager.connection.driver.prepareHydratedValue(row[column.propertyName], column),
      );
    return person;
  });
}

/** Rows by their `person_id`. */
function groupBy<T extends { person_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.person_id);
    if (group) group.push(row);
    else groups.set(row.person_id, [row]);
  }
  return groups;
}

/**
 * The bulk finder of people (the import's): those whose email (any case) or slug is given, whole, with crafts and
 * languages, one index lookup per key; `lock` holds them FOR UPDATE until the transaction ends.
 */
export async function findPeopleByEmailOrSlug(
  manager: EntityManager,
  keys: { emails: readonly string[]; slugs: readonly string[] },
  lock: boolean,
): Promise<PersonWithDetails[]> {
  const matched = [
    ...(await lookupByIndex<{ id: string }>(manager, {
      table: 'person',
      key: 'lower(email)',
      where: 'email IS NOT NULL',
      keyType: 'text',
      keys: keys.emails,
      columns: 'id',
    })),
    ...(await lookupByIndex<{ id: string }>(manager, {
      table: 'person',
      key: 'slug',
      keyType: 'text',
      keys: keys.slugs,
      columns: 'id',
    })),
  ];
  const ids = [...new Set(matched.map((row) => row.id))];
  if (ids.length === 0) return [];
  const people = await peopleByIds(manager, ids, lock);
  const crafts = groupBy(
    await lookupByIndex<{ person_id: string; craft_slug: string; is_primary: boolean }>(manager, {
      table: 'person_craft',
      key: 'person_id',
      keyType: 'uuid',
      keys: ids,
      columns: 'person_id, craft_slug, is_primary',
    }),
  );
  const languages = groupBy(
    await lookupByIndex<{ person_id: string; language: string; level: LanguageLevel }>(manager, {
      table: 'person_language',
      key: 'person_id',
      keyType: 'uuid',
      keys: ids,
      columns: 'person_id, language, level',
    }),
  );
  const owned = new Set(
    (
      await lookupByIndex<{ person_id: string }>(manager, {
        table: 'app_user',
        key: 'person_id',
        where: 'person_id IS NOT NULL',
        keyType: 'uuid',
        keys: ids,
        columns: 'person_id',
      })
    ).map((row) => row.person_id),
  );
  return people.map((person) => ({
    person,
    ownedByAccount: owned.has(person.id),
    crafts: (crafts.get(person.id) ?? [])
      .sort((a, b) => Number(b.is_primary) - Number(a.is_primary) || a.craft_slug.localeCompare(b.craft_slug))
      .map((c) => c.craft_slug),
    languages: (languages.get(person.id) ?? []).map(({ language, level }) => ({ language, level })),
  }));
}
