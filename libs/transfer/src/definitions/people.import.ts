import { FieldProblem, validateInput } from '@crossroads/core';
import {
  findPeopleByEmailOrSlug,
  LanguageLevel,
  Person,
  PersonBulkWriter,
  PersonInput,
  personInputProblems,
  PersonWithDetails,
  resolveCraft,
  slugify,
  TitleForm,
} from '@crossroads/directory';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CellReader, given, columnOfField, list, memoised, same } from '../import/cells';
import { Cells, ColumnSpec, ImportDefinition, keyOf, MatchKey, Prepared } from '../import/import-definition';
import { languageCode, languageLevel, personKind } from '../import/labels';
import type { ReferenceData } from '../import/reference-data';
import { websiteColumn } from './shared-columns';
import type { SlugAllocator } from '../import/slug-allocator';

export interface PersonRow {
  /** The fields the row gives, as stored (site, school and programme resolved to ids). */
  fields: Partial<Person> & { firstName: string; lastName: string };
  slug?: string;
  crafts?: string[];
  languages?: { language: string; level: LanguageLevel }[];
}

/** A person as directory's bulk finder returns them. */
export type ExistingPerson = PersonWithDetails;

const SLUG = /^[a-z0-9-]{1,120}$/;
/** When a language cell gives no level ("anglais"), the person is taken to work in it. */
const DEFAULT_LEVEL = LanguageLevel.PROFESSIONAL;

export const PEOPLE_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'first_name',
    aliases: ['prenom', 'firstname', 'given_name'],
    required: true,
    help: 'First name',
    example: 'Léa',
  },
  {
    name: 'last_name',
    aliases: ['nom', 'nom_de_famille', 'lastname', 'surname', 'family_name'],
    required: true,
    help: 'Last name',
    example: 'Dupré',
  },
  {
    name: 'email',
    aliases: ['e_mail', 'mail', 'courriel', 'adresse_email', 'adresse_mail'],
    help: 'Finds the existing profile; private',
    example: 'lea.dupre@example.org',
  },
  {
    name: 'slug',
    aliases: ['identifiant'],
    help: 'Finds the existing profile when there is no email (default: first-last)',
    example: 'lea-dupre',
  },
  {
    name: 'phone',
    aliases: ['telephone', 'tel', 'mobile', 'portable'],
    help: 'Private',
    example: '+33 6 12 34 56 78',
  },
  {
    name: 'kinds',
    aliases: ['kind', 'type', 'types', 'profil', 'profils', 'categorie', 'categories'],
    help: 'technicien, comédien, étudiant… or TECHNICIAN, ACTOR…',
    example: 'technicienne',
  },
  {
    name: 'crafts',
    aliases: [
      'craft',
      'metier',
      'metiers',
      'poste',
      'postes',
      'fonction',
      'fonctions',
      'job',
      'jobs',
      'job_title',
      'job_titles',
    ],
    help: 'Job titles in French or English, synonyms welcome (chef op, DoP); the first is the main one',
    example: 'cheffe opératrice | étalonneuse',
  },
  {
    name: 'title_form',
    aliases: ['forme_du_titre', 'forme_titre', 'title_gender', 'feminisation'],
    help: 'How job titles are written: féminin, masculin, inclusif (or FEMININE, MASCULINE, INCLUSIVE)',
    example: 'féminin',
  },
  {
    name: 'languages',
    aliases: ['language', 'langue', 'langues'],
    help: 'Language and level: "anglais courant", "en:FLUENT", "English (native)"',
    example: 'français natif | anglais courant',
  },
  {
    name: 'headline',
    aliases: ['titre', 'accroche'],
    help: 'One line under the name',
    example: 'Cheffe opératrice long métrage',
  },
  { name: 'city', aliases: ['ville', 'commune'], help: 'City', example: 'Tourcoing' },
  {
    name: 'postcode',
    aliases: ['code_postal', 'cp', 'zip', 'postal_code'],
    help: 'Postcode',
    example: '59200',
  },
  { name: 'lat', aliases: ['latitude'], help: 'Latitude (with lng)', example: '50.72' },
  { name: 'lng', aliases: ['longitude', 'lon'], help: 'Longitude (with lat)', example: '3.16' },
  {
    name: 'mobility_km',
    aliases: ['mobilite', 'mobilite_km'],
    help: 'How far they travel for work, km',
    example: '200',
  },
  { name: 'site', aliases: ['pole', 'site_d_activite'], help: 'Site slug or name', example: 'plaine-images' },
  {
    name: 'school',
    aliases: ['ecole', 'etablissement'],
    help: 'School slug or name (students, alumni)',
    example: '',
  },
  {
    name: 'programme',
    aliases: ['formation', 'cursus', 'program'],
    help: 'Programme slug, or title within the school',
    example: '',
  },
  {
    name: 'graduation_year',
    aliases: ['annee_de_diplome', 'promotion', 'promo', 'annee_diplome'],
    help: 'Year',
    example: '',
  },
  websiteColumn('https://lea-dupre.example'),
  { name: 'showreel_url', aliases: ['showreel', 'bande_demo', 'demo'], help: 'http(s) URL', example: '' },
  {
    name: 'filmography_url',
    aliases: ['filmographie', 'filmography', 'imdb'],
    help: 'http(s) URL',
    example: '',
  },
  {
    name: 'skills',
    aliases: ['competences', 'savoir_faire'],
    help: 'Free words',
    example: 'Alexa Mini | steadicam',
  },
  {
    name: 'bio_fr',
    aliases: ['bio', 'biographie', 'presentation'],
    help: 'Biography in French',
    example: '',
  },
  {
    name: 'bio_en',
    aliases: ['biography', 'bio_english', 'bio_anglais'],
    help: 'Biography in English',
    example: '',
  },
  {
    name: 'consent_directory',
    aliases: ['consentement_annuaire', 'annuaire', 'public'],
    help: 'oui/non: listed in the public directory and search (default oui)',
    example: 'oui',
  },
  {
    name: 'consent_brochure',
    aliases: ['consentement_brochure', 'brochure'],
    help: 'oui/non: may appear in delegation brochures (default non)',
    example: 'non',
  },
];

/** PersonInput fields → template columns, for the problems class-validator names by field. */
const FIELD_COLUMNS: Record<string, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  mobilityKm: 'mobility_km',
  graduationYear: 'graduation_year',
  showreelUrl: 'showreel_url',
  filmographyUrl: 'filmography_url',
  bioFr: 'bio_fr',
  bioEn: 'bio_en',
  consentDirectory: 'consent_directory',
  consentBrochure: 'consent_brochure',
  titleForm: 'title_form',
};

/** "anglais courant", "en:FLUENT", "English (native)", "nl" → a language and a level. */
function languageOf(item: string): { language: string; level: LanguageLevel } | undefined {
  const parts = item
    .replace(/[():\-–]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  for (let split = parts.length; split >= 1; split--) {
    const language = languageCode(parts.slice(0, split).join(' '));
    if (!language) continue;
    const rest = parts.slice(split).join(' ');
    const level = rest ? languageLevel(rest) : DEFAULT_LEVEL;
    return level ? { language, level } : undefined;
  }
  return undefined;
}

const craftOf = memoised(resolveCraft);
const kindOf = memoised(personKind);

const TITLE_FORMS: Record<string, TitleForm> = {
  feminine: TitleForm.FEMININE,
  feminin: TitleForm.FEMININE,
  f: TitleForm.FEMININE,
  masculine: TitleForm.MASCULINE,
  masculin: TitleForm.MASCULINE,
  m: TitleForm.MASCULINE,
  inclusive: TitleForm.INCLUSIVE,
  inclusif: TitleForm.INCLUSIVE,
  epicene: TitleForm.INCLUSIVE,
};
/** féminin, Masculin, INCLUSIVE… → the TitleForm; accents and case ignored. */
const titleFormOf = (term: string): TitleForm | undefined =>
  TITLE_FORMS[
    term
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .trim()
  ];
const knownLanguage = memoised(languageOf);
/** A fresh object per cell, so "anglais | anglais" still reads as a language listed twice. */
const languageOfItem = (item: string) => {
  const found = knownLanguage(item);
  return found && { ...found };
};

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
      kinds: read.terms('kinds', kindOf, 'kind'),
      crafts: read.terms('crafts', craftOf, 'craft'),
      titleForm: read.one('title_form', titleFormOf, 'title form (féminin, masculin, inclusif)'),
      languages: read.terms('languages', languageOfItem, 'language or level'),
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
    const problems: FieldProblem[] = [...read.problems];
    for (const problem of [...invalid, ...personInputProblems(input)]) {
      problems.push({
        field: columnOfField(this.columns, FIELD_COLUMNS, problem.field),
        message: problem.message,
      });
    }
    if (!input.firstName) problems.push({ field: 'first_name', message: 'is required' });
    if (!input.lastName) problems.push({ field: 'last_name', message: 'is required' });
    if (programme && school && programme.schoolId !== school.id)
      problems.push({ field: 'programme', message: 'belongs to another school' });
    const slug = read.text('slug');
    if (slug !== undefined && !SLUG.test(slug))
      problems.push({ field: 'slug', message: 'must be lower-case letters, digits and -' });
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
    const emails = keys.filter((key) => key.column === 'email').map((key) => key.value);
    const slugs = keys.filter((key) => key.column === 'slug').map((key) => key.value);
    const found = new Map<string, ExistingPerson[]>();
    const emailSet = new Set(emails);
    const slugSet = new Set(slugs);
    for (const existing of await findPeopleByEmailOrSlug(manager, { emails, slugs }, lock)) {
      const { person } = existing;
      const email = person.email?.toLowerCase();
      const matched: MatchKey[] = [];
      if (email && emailSet.has(email)) matched.push({ column: 'email', value: email });
      if (slugSet.has(person.slug)) matched.push({ column: 'slug', value: person.slug });
      for (const key of matched) found.set(keyOf(key), [...(found.get(keyOf(key)) ?? []), existing]);
    }
    return found;
  }

  changes(value: PersonRow, existing: ExistingPerson): boolean {
    const person = existing.person as unknown as Record<string, unknown>;
    if (Object.entries(value.fields).some(([field, v]) => !same(person[field], v))) return true;
    if (value.crafts) {
      const [primary, ...rest] = [...new Set(value.crafts)];
      const [storedPrimary, ...storedRest] = existing.crafts;
      if (primary !== storedPrimary || !same([...rest].sort(), [...storedRest].sort())) return true;
    }
    return Boolean(value.languages && languageKey(value.languages) !== languageKey(existing.languages));
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
