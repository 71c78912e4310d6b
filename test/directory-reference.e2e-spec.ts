import { TestApp } from '@crossroads/testing';
import { startDirectoryWorld } from './support/directory';

// The reference data every reader sees: the crafts taxonomy, the schools and their sites.
describe('directory', () => {
  let t: TestApp;
  beforeAll(async () => {
    const world = await startDirectoryWorld();
    ({ t } = world);
  });
  afterAll(() => t?.close());

  it('serves the bilingual crafts taxonomy with the trade synonyms', async () => {
    const response = await t.graphql.request(
      '{ crafts { slug labelFr labelEn synonyms departmentSlug } departments { slug } }',
    );
    const crafts = response.data!.crafts as { slug: string; synonyms: string[] }[];
    expect(crafts.length).toBeGreaterThanOrEqual(120);
    const dop = crafts.find((craft) => craft.slug === 'director-of-photography')!;
    expect(dop.synonyms.map((s) => s.toLowerCase())).toEqual(
      expect.arrayContaining(['dop', 'cinematographer']),
    );
  });

  it('lists the real schools with programmes, and sites with their tenant schools', async () => {
    const schools = await t.graphql.request(
      '{ schools(first: 100) { totalCount edges { node { slug programmes { title level } site { slug } } } } }',
    );
    expect(schools.data!.schools.totalCount).toBeGreaterThanOrEqual(10);
    const serre = await t.graphql.request(
      '{ site(slug: "serre-numerique") { schools { name } companies { name } } }',
    );
    expect(serre.data!.site.schools.map((s: { name: string }) => s.name).join(' ')).toMatch(/Rubika/);
    const counted = await t.graphql.request(
      '{ schools(first: 100) { edges { node { studentCount programmes { studentCount } } } } }',
    );
    expect(counted.errors).toBeUndefined();
    const programmes = await t.graphql.request(
      '{ programmes(first: 5, filter: { levels: [BAC_PLUS_2] }) { totalCount } }',
    );
    expect(programmes.data!.programmes.totalCount).toBeGreaterThan(0);
  });
});
