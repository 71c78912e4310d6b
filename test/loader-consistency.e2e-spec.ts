import { CoproductionRequestLoaders } from '@crossroads/coproduction';
import { seedDemo } from '@crossroads/coproduction/demo';
import { RequestLoaders } from '@crossroads/directory';
import { FestivalRequestLoaders } from '@crossroads/festivals';
import { Session, signIn, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { DelegationRequestLoaders } from '../libs/delegations/src/delegation-loaders';

/**
 * A field read through a DataLoader must give the same answer whether its parent is read in a page of 50
 * (one batch for the whole page) or alone (a batch of one): a batching bug shows only in the page.
 */

type Loaders = new (dataSource: DataSource) => object;

/** Every loader of every lib, and the GraphQL fields below that exercise it. A new loader fails the test. */
const COVERAGE: Record<string, { loaders: Loaders; fields: Record<string, string[]> }> = {
  directory: {
    loaders: RequestLoaders,
    fields: {
      site: ['Person.site', 'School.site', 'Company.site', 'SearchHit.node'],
      school: ['Person.school', 'Programme.school', 'SearchHit.node'],
      programme: ['Person.programme'],
      company: ['Project.ownerCompany', 'Affiliation.company', 'DelegationMember.company'],
      person: [
        'Company.people',
        'ProjectTeamEntry.person',
        'DelegationMember.person',
        'Affiliation.person',
        'SearchHit.node',
      ],
      craftsOfPerson: ['Person.crafts', 'Person.titles'],
      languagesOfPerson: ['Person.languages'],
      creditsOfPerson: ['Person.credits'],
      availabilityOfPerson: ['Person.availability'],
      affiliationsOfPerson: ['Person.affiliations'],
      affiliationsOfCompany: ['Company.people'],
      programmesOfSchool: ['School.programmes'],
      companiesOfSite: ['Site.companies'],
      schoolsOfSite: ['Site.schools'],
      studentCount: [
        'School.studentCount',
        'Programme.studentCount',
        'School.demoStudentCount',
        'Programme.demoStudentCount',
      ],
      peopleCountOfSite: ['Site.peopleCount', 'Site.demoPeopleCount'],
    },
  },
  coproduction: {
    loaders: CoproductionRequestLoaders,
    fields: { profile: ['Company.coproductionProfile'], teamOfProject: ['Project.team'] },
  },
  festivals: {
    loaders: FestivalRequestLoaders,
    fields: {
      festival: ['FestivalEdition.festival', 'SearchHit.node'],
      editionsOfFestival: ['Festival.editions'],
      edition: ['Project.targetEditions', 'Delegation.edition', 'CoproductionProfile.attendingEditions'],
      followedByUser: ['FestivalEdition.followedByMe'],
    },
  },
  delegations: {
    loaders: DelegationRequestLoaders,
    fields: {
      delegation: ['DelegationMember.delegation'],
      project: ['DelegationMember.project'],
      membersOfDelegation: ['Delegation.members', 'Delegation.seatsHeld'],
    },
  },
};

/** Loader members of a loaders class: its public fields and its loader-returning methods. */
const NOT_LOADERS = new Set(['constructor', 'dataSource', 'one', 'many', 'counts', 'followed']);
function loaderKeys(loaders: Loaders): string[] {
  const instance = new loaders(null as unknown as DataSource);
  const own = Object.keys(instance);
  const methods = Object.getOwnPropertyNames(loaders.prototype);
  return [...new Set([...own, ...methods])].filter((key) => !NOT_LOADERS.has(key)).sort();
}

const EDITION = 'id year followedByMe festival { slug }';
const PERSON_FIELDS: Record<string, string> = {
  crafts: 'crafts { slug labelFr labelFrFeminine labelFrInclusive departmentSlug synonyms }',
  titles: 'titles { craft fr en }',
  languages: 'languages { language level }',
  credits: 'credits { title year format craftSlug companyName }',
  availability: 'availability { startsOn endsOn }',
  affiliations: 'affiliations { id role startsOn endsOn status memberRole company { slug } person { slug } }',
  site: 'site { slug }',
  school: 'school { slug }',
  programme: 'programme { slug }',
};
const COMPANY_FIELDS: Record<string, string> = {
  site: 'site { slug }',
  people: 'people { slug crafts { slug } }',
  coproductionProfile: `coproductionProfile { companyId attendingEditions { ${EDITION} } }`,
};
const SCHOOL_FIELDS: Record<string, string> = {
  site: 'site { slug }',
  programmes: 'programmes { slug studentCount school { slug } }',
  studentCount: 'studentCount',
  demoStudentCount: 'demoStudentCount',
};
const PROGRAMME_FIELDS: Record<string, string> = {
  school: 'school { slug }',
  studentCount: 'studentCount',
  demoStudentCount: 'demoStudentCount',
};
const SITE_FIELDS: Record<string, string> = {
  companies: 'companies { slug site { slug } }',
  schools: 'schools { slug studentCount }',
  peopleCount: 'peopleCount students: peopleCount(kinds: [STUDENT])',
  demoPeopleCount: 'demoPeopleCount demoStudents: demoPeopleCount(kinds: [STUDENT])',
};
const PROJECT_FIELDS: Record<string, string> = {
  ownerCompany: 'ownerCompany { slug }',
  team: 'team { role person { slug crafts { slug } } }',
  targetEditions: `targetEditions { ${EDITION} }`,
};
const FESTIVAL_FIELDS: Record<string, string> = { editions: `editions { ${EDITION} }` };
const DELEGATION_FIELDS: Record<string, string> = {
  edition: `edition { ${EDITION} }`,
  // Two aliases of one field, each under the query cost limit.
  members: `members { id kind person { slug crafts { slug } } }`,
  memberLinks: `memberLinks: members { id company { slug } project { slug } delegation { id } }`,
  seatsHeld: 'seatsHeld',
};

/** Each list query, its single read, and the fields of its type. */
const TYPES = [
  { type: 'Person', list: 'people', one: 'person', key: 'slug', fields: PERSON_FIELDS },
  { type: 'Company', list: 'companies', one: 'company', key: 'slug', fields: COMPANY_FIELDS },
  { type: 'School', list: 'schools', one: 'school', key: 'slug', fields: SCHOOL_FIELDS },
  { type: 'Programme', list: 'programmes', one: 'programme', key: 'slug', fields: PROGRAMME_FIELDS },
  { type: 'Site', list: 'sites', one: 'site', key: 'slug', fields: SITE_FIELDS },
  { type: 'Project', list: 'projects', one: 'project', key: 'slug', fields: PROJECT_FIELDS },
  { type: 'Festival', list: 'festivals', one: 'festival', key: 'slug', fields: FESTIVAL_FIELDS },
  {
    type: 'Delegation',
    list: 'delegations',
    one: 'delegation',
    key: 'id',
    fields: DELEGATION_FIELDS,
    signedIn: true,
  },
] as const;

/** The nested types whose own loader-backed fields are read inside the selections above. */
const NESTED_COVERED = new Set([
  'Affiliation.company',
  'Affiliation.person',
  'ProjectTeamEntry.person',
  'CoproductionProfile.attendingEditions',
  'FestivalEdition.festival',
  'FestivalEdition.followedByMe',
  'DelegationMember.company',
  'DelegationMember.person',
  'DelegationMember.project',
  'DelegationMember.delegation',
  'SearchHit.node',
]);

/** Loader-backed fields of other types, reading through a loader that the pages above already batch. */
const SAME_LOADER_ELSEWHERE = new Set([
  'Introduction.company',
  'MeetingSuggestion.delegation',
  'DelegationSuggestion.project',
  'DelegationSuggestion.person',
  'DelegationSuggestion.company',
  'UpcomingDeadline.edition',
]);

/** `Type.field` of every @ResolveField in libs/ whose body reads through a DataLoader. */
function loaderBackedFields(): string[] {
  const libs = join(__dirname, '..', 'libs');
  const files = readdirSync(libs, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.resolver.ts'),
  );
  const fields: string[] = [];
  for (const file of files) {
    const parts = readFileSync(join(libs, file), 'utf8').split(/@Resolver\(\(\) => (\w+)\)/);
    for (let i = 1; i < parts.length; i += 2) {
      for (const field of parts[i + 1].split(/\n {2}@ResolveField\(/).slice(1)) {
        const body = field.split(/\n {2}@(?:Query|Mutation)\(/)[0];
        const name = /\)\s*\n\s*(?:async\s+)?(\w+)\(/.exec(body)?.[1];
        if (name && /oaders\s*\.for\(|this\.node\(/.test(body)) fields.push(`${parts[i]}.${name}`);
      }
    }
  }
  return fields.sort();
}

const SEARCH_TYPES = [
  { search: 'PERSON', type: 'Person', one: 'person' },
  { search: 'COMPANY', type: 'Company', one: 'company' },
  { search: 'SCHOOL', type: 'School', one: 'school' },
  { search: 'SITE', type: 'Site', one: 'site' },
  { search: 'PROJECT', type: 'Project', one: 'project' },
  { search: 'FESTIVAL', type: 'Festival', one: 'festival' },
] as const;

describe('DataLoader-backed fields: a page of 50 answers as each item read alone', () => {
  let t: TestApp;
  let staff: Session;

  const ok = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    t.graphql.ok(query, variables, headers);

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', LOGIN_THROTTLE_LIMIT: '1000' });
    const dataSource = t.app.get(DataSource);
    // At the smallest scale hundreds of people share each craft, company, school and programme.
    await seedDemo(dataSource);
    staff = await signIn(t.graphql, 'staff@example.org');
    // Editions followed by the viewer, and a delegation whose members share crafts and companies.
    await t.sql(`INSERT INTO festival_edition_follow (user_id, edition_id)
      SELECT u.id, e.id FROM app_user u, festival_edition e WHERE u.email = 'staff@example.org' AND e.year % 2 = 0
      ON CONFLICT DO NOTHING`);
    const [{ id: editionId }] = await t.sql(
      `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id ORDER BY f.slug, e.year LIMIT 1`,
    );
    for (const name of ['Délégation A', 'Délégation B']) {
      const { createDelegation } = await ok(
        `mutation ($input: CreateDelegationInput!) { createDelegation(input: $input) { id } }`,
        { input: { editionId, name } },
        staff.headers,
      );
      const add = (input: Record<string, unknown>) =>
        ok(
          `mutation ($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }`,
          { input: { delegationId: createDelegation.id, ...input } },
          staff.headers,
        );
      for (const row of await t.sql(
        `SELECT id FROM person WHERE is_demo AND consent_directory ORDER BY slug LIMIT 4 OFFSET $1`,
        [name.endsWith('A') ? 0 : 2],
      ))
        await add({ kind: 'PERSON', personId: row.id });
      for (const row of await t.sql(`SELECT id FROM company WHERE is_demo ORDER BY slug LIMIT 2`))
        await add({ kind: 'COMPANY', companyId: row.id });
      for (const row of await t.sql(
        `SELECT id FROM project WHERE visibility = 'PUBLIC' ORDER BY slug LIMIT 2`,
      ))
        await add({ kind: 'PROJECT', projectId: row.id });
    }
    await waitFor(
      async () => (await t.sql('SELECT count(*)::int AS n FROM search_outbox'))[0].n === 0,
      120_000,
      200,
    );
  }, 240_000);
  afterAll(() => t.close());

  it('covers every loader of every lib', () => {
    const covered = new Set([
      ...TYPES.flatMap(({ type, fields }) => Object.keys(fields).map((field) => `${type}.${field}`)),
      ...NESTED_COVERED,
    ]);
    for (const field of loaderBackedFields())
      expect([field, covered.has(field) || SAME_LOADER_ELSEWHERE.has(field)]).toEqual([field, true]);
    for (const [lib, { loaders, fields }] of Object.entries(COVERAGE)) {
      expect([lib, loaderKeys(loaders)]).toEqual([lib, Object.keys(fields).sort()]);
      for (const field of Object.values(fields).flat())
        expect([lib, field, covered.has(field)]).toEqual([lib, field, true]);
    }
  });

  describe.each([
    ['anonymous', () => ({})],
    ['staff', () => staff.headers],
  ] as const)('read by %s', (_viewer, headers) => {
    it.each(TYPES.map((entry) => [entry.type, entry] as const))('%s', async (_type, entry) => {
      // Delegations are for members only: the anonymous reader is refused, which other specs prove.
      if ('signedIn' in entry && _viewer === 'anonymous') return;
      const selection = Object.values(entry.fields).join(' ');
      // One list query per field: the whole selection on 50 items is over the query cost limit.
      const page = new Map<string, Record<string, unknown>>();
      for (const field of Object.values(entry.fields)) {
        const nodes = (
          await ok(`{ ${entry.list}(first: 50) { edges { node { ${entry.key} ${field} } } } }`, {}, headers())
        )[entry.list].edges.map((edge: { node: Record<string, unknown> }) => edge.node);
        for (const node of nodes) page.set(node[entry.key], { ...page.get(node[entry.key]), ...node });
      }
      if (_viewer === 'staff') expect(page.size).toBeGreaterThan(1);
      const keyType = entry.key === 'id' ? 'ID' : 'String';
      for (const item of page.values()) {
        const alone = (
          await ok(
            `query ($key: ${keyType}!) { ${entry.one}(${entry.key}: $key) { ${entry.key} ${selection} } }`,
            { key: item[entry.key] },
            headers(),
          )
        )[entry.one];
        expect(item).toEqual(alone);
      }
    });

    it.each(SEARCH_TYPES.map((entry) => [entry.search, entry] as const))(
      'search hits of %s',
      async (_type, entry) => {
        const selection = Object.values(
          TYPES.find((candidate) => candidate.type === entry.type)!.fields,
        ).join(' ');
        const hits = (
          await ok(
            `query ($input: SearchInput!) { search(input: $input) {
              hits { slug isDemo node { ... on ${entry.type} { slug ${selection} } } } } }`,
            { input: { types: [entry.search], first: 50 } },
            headers(),
          )
        ).search.hits as { slug: string; isDemo: boolean; node: Record<string, unknown> | null }[];
        expect(hits.length).toBeGreaterThan(0);
        for (const hit of hits) {
          const alone = (
            await ok(
              `query ($slug: String!) { ${entry.one}(slug: $slug) { slug isDemo ${selection} } }`,
              { slug: hit.slug },
              headers(),
            )
          )[entry.one];
          const { isDemo, ...rest } = alone;
          expect(hit.node).toEqual(rest);
          expect(hit.isDemo).toBe(isDemo);
        }
      },
    );
  });
});
