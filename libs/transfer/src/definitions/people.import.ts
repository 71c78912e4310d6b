import { validateInput } from '@crossroads/core';
import {
  findPeopleByEmailOrSlug,
  LanguageLevel,
  Person,
  PersonBulkWriter,
  PersonInput,
  personInputProblems,
  PersonWithDetails,
  slugify,
} from '@crossroads/directory';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CellReader, fieldsChange, given, list, same } from '../import/cells';
import {
  byMatchedKeys,
  Cells,
  ImportDefinition,
  keyValues,
  MatchKey,
  Prepared,
} from '../import/import-definition';
import { craftTerm, languageTerm, personKindTerm, titleForm } from '../import/person-labels';
import type { ReferenceData } from '../import/reference-data';
import { missing, rowProblems, slugProblems } from '../import/row-problems';
import type { SlugAllocator } from '../import/slug-allocator';
import { PEOPLE_COLUMNS, PEOPLE_FIELD_COLUMNS } from './people.columns';

export interface PersonRow {
  /** The fields the row gives, as stored (site, school and programme resolved to ids). */
  fields: Partial<Person> & { firstName: string; lastName: string };
  slug?: string;
  crafts?: string[];
  languages?: { language: string; level: LanguageLevel }[];
}

/** A person as directory's bulk finder returns them. */
export type ExistingPerson = PersonWithDetails;

const languageKey = (languages: readonly { language: string; level: string }[]) =>
  languages
    .map((l) => `${l.language}:${l.level}`)
    .sort()
    .join('|');

@Injectable()
export class PeopleImport implements ImportDefinition<PersonRow, ExistingPerson> {
  readonly type = 'people' as const;
  readonly columns = PEOPLE_COLUMNS;
  readonly slugTable = 'person';

  constructor(private readonly writer: PersonBulkWriter) {}

  prepare(cells: Cells, refs: ReferenceData): Prepared<PersonRow> {
    const read = new CellReader(cells);
    const school = read.one('school', (term) => refs.school(term), 'school');
    const programme = read.one('programme', (term) => refs.programme(term, school?.id), 'programme');
    const site = read.one('site', (term) => refs.site(term), 'site');
    const plain: Partial<PersonInput> = {
      firstName: read.text('first_name'),
      lastName: read.text('last_name'),
      email: read.text('email')?.toLowerCase(),
      phone: read.text('phone'),
      kinds: read.terms('kinds', personKindTerm, 'kind'),
      crafts: read.terms('crafts', craftTerm, 'craft'),
      titleForm: read.one('title_form', titleForm, 'title form (féminin, masculin, inclusif)'),
      languages: read.terms('languages', languageTerm, 'language or level'),
      headline: read.text('headline'),
      city: read.text('city'),
      postcode: read.text('postcode')?.toUpperCase(),
      lat: read.number('lat'),
      lng: read.number('lng'),
      mobilityKm: read.integer('mobility_km'),
      site: site?.slug,
      school: school?.slug,
      programme: programme?.slug,
      graduationYear: read.integer('graduation_year'),
      website: read.text('website'),
      showreelUrl: read.text('showreel_url'),
      filmographyUrl: read.text('filmography_url'),
      skills: list(read.text('skills')),
      bioFr: read.text('bio_fr'),
      bioEn: read.text('bio_en'),
      consentDirectory: read.boolean('consent_directory'),
      consentBrochure: read.boolean('consent_brochure'),
    };
    const { value: input, problems: invalid } = validateInput(PersonInput, given(plain));
    const problems = rowProblems(read, this.columns, PEOPLE_FIELD_COLUMNS, [
      ...invalid,
      ...personInputProblems(input),
    ]);
    problems.push(...missing({ first_name: input.firstName, last_name: input.lastName }));
    if (programme && school && programme.schoolId !== school.id)
      problems.push({ field: 'programme', message: 'belongs to another school' });
    const slug = read.text('slug');
    problems.push(...slugProblems(slug));
    if (problems.length) return { problems };

    const {
      site: _site,
      school: _school,
      programme: _programme,
      crafts,
      languages,
      ...scalars
    } = given(input);
    const fields: PersonRow['fields'] = {
      ...(scalars as Partial<Person> & PersonRow['fields']),
      ...(site && { siteId: site.id }),
      ...((school || programme) && { schoolId: school?.id ?? programme!.schoolId }),
      ...(programme && { programmeId: programme.id }),
    };
    const key: MatchKey = input.email
      ? { column: 'email', value: input.email }
      : { column: 'slug', value: slug ?? slugify(`${input.firstName} ${input.lastName}`) };
    return { value: { fields, slug, crafts, languages }, key, problems };
  }

  async findExisting(
    manager: EntityManager,
    keys: readonly MatchKey[],
    lock: boolean,
  ): Promise<Map<string, ExistingPerson[]>> {
    const wanted = { emails: keyValues(keys, 'email'), slugs: keyValues(keys, 'slug') };
    return byMatchedKeys(await findPeopleByEmailOrSlug(manager, wanted, lock), keys, ({ person }) => [
      ...(person.email ? [{ column: 'email', value: person.email.toLowerCase() }] : []),
      { column: 'slug', value: person.slug },
    ]);
  }

  changes(value: PersonRow, existing: ExistingPerson): boolean {
    if (fieldsChange(value.fields, existing.person)) return true;
    if (value.crafts) {
      const [primary, ...rest] = [...new Set(value.crafts)];
      const [storedPrimary, ...storedRest] = existing.crafts;
      if (primary !== storedPrimary || !same([...rest].sort(), [...storedRest].sort())) return true;
    }
    return Boolean(value.languages && languageKey(value.languages) !== languageKey(existing.languages));
  }

  /**
   * A member writes their own profile's email, unchecked: a row matched by that email is not proof it is them, so
   * an import never writes over a profile an account owns when the email matched it (its owner edits it in the app).
   */
  refusal(_value: PersonRow, existing: ExistingPerson, key: MatchKey): string | null {
    return existing.ownedByAccount && key.column === 'email'
      ? 'matches the email of a profile a member owns: its owner wrote that email, so the row is not written (edit the profile in the app)'
      : null;
  }

  async write(
    manager: EntityManager,
    created: readonly PersonRow[],
    updated: readonly { value: PersonRow; existing: ExistingPerson }[],
    slugs: SlugAllocator,
  ): Promise<void> {
    await this.writer.write(
      manager,
      created.map((row) => ({
        person: {
          ...row.fields,
          slug: row.slug
            ? slugs.take(row.slug, true)
            : slugs.take(`${row.fields.firstName} ${row.fields.lastName}`),
        },
        crafts: row.crafts,
        languages: row.languages,
      })),
      updated.map(({ value, existing }) => ({
        person: { ...existing.person, ...value.fields },
        crafts: value.crafts,
        languages: value.languages,
      })),
    );
  }
}
