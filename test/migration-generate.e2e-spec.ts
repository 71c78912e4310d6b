import { startTestApp, TestApp } from '@crossroads/testing';
import { schemaChanges } from '../apps/cli/src/commands/migration-commands';
import { createApp } from '../apps/api/src/create-app';

/** `npm run migration:generate` compares the entities with the migrated schema: that comparison must run. */
describe('migration:generate against the migrated schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(createApp);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('proposes nothing: the entities and the migrations describe the same schema', async () => {
    const { upQueries } = await schemaChanges(t.config.DATABASE_URL!);
    expect(upQueries.map((query) => query.query)).toEqual([]);
  });
});
