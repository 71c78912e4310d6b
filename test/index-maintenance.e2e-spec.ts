import { ReconcileService, ReindexService, SearchIndexes } from '@crossroads/search';
import { DataSource } from 'typeorm';
import { signIn, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

describe('reindex and reconcile', () => {
  let t: TestApp;
  const people = () => t.meili.index(`${t.config.SEARCH_INDEX_PREFIX}people`);
  const indexedSlugs = async () =>
    (await people().getDocuments({ limit: 1000, fields: ['slug'] })).results
      .map((d) => d.slug as string)
      .sort();
  const outboxEmpty = async () =>
    Number((await t.sql('SELECT count(*)::int AS n FROM search_outbox'))[0].n) === 0;

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000' });
    const staff = await signIn(t.graphql, 'staff@example.org');
    for (const lastName of ['Alpha', 'Bravo', 'Charlie']) {
      await t.graphql.request(
        `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`,
        { input: { firstName: 'Test', lastName, crafts: ['editor'] } },
        staff.headers,
      );
    }
    await waitFor(async () => (await outboxEmpty()) && (await indexedSlugs()).length === 3, 60_000);
  });
  afterAll(() => t.close());

  it('repairs missing, stale and extra documents through the outbox', async () => {
    await people()
      .deleteDocument((await t.sql(`SELECT id FROM person WHERE slug = 'test-alpha'`))[0].id as string)
      .waitTask();
    await people()
      .addDocuments([{ id: '00000000-0000-4000-8000-000000000000', slug: 'ghost', updatedAt: 1 }])
      .waitTask();
    await t.sql(
      `UPDATE person SET headline = 'changed behind the outbox', updated_at = now() WHERE slug = 'test-bravo'`,
    );

    const [report] = (await t.app.get(ReconcileService).reconcileAll()).filter((r) =>
      r.index.endsWith('people'),
    );
    expect(report).toMatchObject({ missing: 1, stale: 1, extra: 1 });
    await waitFor(
      async () =>
        (await outboxEmpty()) && (await indexedSlugs()).join() === 'test-alpha,test-bravo,test-charlie',
      15_000,
    );
    const [bravo] = (await people().search('changed behind the outbox')).hits;
    expect(bravo.slug).toBe('test-bravo');
    expect(
      (await t.app.get(ReconcileService).reconcileAll()).every((r) => r.missing + r.stale + r.extra === 0),
    ).toBe(true);
  });

  it('rebuilds every index from PostgreSQL and swaps it in, leaving no temporary index', async () => {
    await people().deleteAllDocuments().waitTask();
    const reports = await t.app.get(ReindexService).reindexAll();
    expect(reports.find((r) => r.index.endsWith('people'))!.documents).toBe(3);
    expect(await indexedSlugs()).toEqual(['test-alpha', 'test-bravo', 'test-charlie']);
    const { results } = await t.meili.getIndexes({ limit: 1000 });
    expect(
      results.filter(
        (index) => index.uid.startsWith(t.config.SEARCH_INDEX_PREFIX) && index.uid.includes('__reindex_'),
      ),
    ).toEqual([]);
    const settings = await people().getSettings();
    // The rebuilt index carries the people settings: the craft-name fields are searchable.
    expect(settings.searchableAttributes).toEqual(expect.arrayContaining(['craftNames1', 'craftNames5']));
  });

  it('catches what is committed while the reindex runs, behind the outbox', async () => {
    const definition = t.app.get(SearchIndexes).byDocumentType('person')!;
    // Committed after the page holding these people was read, before the swap: the fresh index has them as they
    // were, and only the reconcile that follows the swap can tell.
    await t.app.get(ReindexService).reindex(definition, async () => {
      await t.sql(
        `UPDATE person SET headline = 'edited while reindexing', updated_at = now() WHERE slug = 'test-alpha'`,
      );
      await t.sql(`UPDATE person SET consent_directory = false WHERE slug = 'test-charlie'`);
    });
    await waitFor(
      async () => (await outboxEmpty()) && (await indexedSlugs()).join() === 'test-alpha,test-bravo',
      15_000,
    );
    expect((await people().search('edited while reindexing')).hits.map((hit) => hit.slug)).toEqual([
      'test-alpha',
    ]);
    await t.sql(`UPDATE person SET consent_directory = true WHERE slug = 'test-charlie'`);
  });

  it('lists the versions of the people index without building its documents', async () => {
    const definition = t.app.get(SearchIndexes).byDocumentType('person')!;
    const manager = t.app.get(DataSource).manager;
    await t.sql(`UPDATE person SET consent_directory = false WHERE slug = 'test-bravo'`);
    try {
      const versions = await definition.loadVersions!(manager, null, 10);
      const documents = await definition.loadPage(manager, null, 10);
      expect(versions).toEqual(documents.map(({ id, updatedAt }) => ({ id, updatedAt })));
      expect(versions).toHaveLength(2);
      // Paged by id like loadPage.
      expect(await definition.loadVersions!(manager, versions[0].id, 10)).toEqual([versions[1]]);
    } finally {
      await t.sql(`UPDATE person SET consent_directory = true WHERE slug = 'test-bravo'`);
    }
  });
});
