import { signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

const NOBODY = '00000000-0000-4000-8000-000000000000';
const PROJECT = `query ($id: ID!) { project(id: $id) { id } }`;
const ME = `{ me { id } }`;
const USERS = `{ users(first: 1) { totalCount } }`;
const BAD_PAGE = `{ projects(first: 1000) { totalCount } }`;

/** Issue 19: GraphQL errors in the client's language (Accept-Language), English by default. */
describe('error messages in the language asked', () => {
  let t: TestApp;
  let member: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp(createApp, { OUTBOX_RELAY: 'false' });
    member = (await signIn(t.graphql, 'member@example.org')).headers;
  });
  afterAll(() => t?.close());

  it.each([
    ['NOT_FOUND', PROJECT, 'member', 'Introuvable : cela n’existe pas ou ne vous est pas visible.'],
    ['UNAUTHENTICATED', ME, 'nobody', 'Connectez-vous pour continuer.'],
    ['FORBIDDEN', USERS, 'member', 'Vous n’avez pas le droit de faire cela.'],
    ['BAD_USER_INPUT', BAD_PAGE, 'member', 'Données refusées : vérifiez les champs indiqués.'],
  ])('%s: French when French comes first, the English kept beside it', async (code, query, who, french) => {
    const headers = who === 'member' ? member : {};
    const english = await t.graphql.request(query, { id: NOBODY }, headers);
    const frenchResponse = await t.graphql.request(
      query,
      { id: NOBODY },
      { ...headers, 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' },
    );
    expect(english.errors?.[0].extensions?.code).toBe(code);
    expect(english.errors?.[0].message).not.toBe(french);
    expect(english.errors?.[0].extensions?.englishMessage).toBeUndefined();
    expect(frenchResponse.errors?.[0]).toEqual(
      expect.objectContaining({
        message: french,
        extensions: expect.objectContaining({ code, englishMessage: english.errors?.[0].message }),
      }),
    );
  });

  it('words each field problem in French too, the English kept beside it', async () => {
    const english = await t.graphql.request(BAD_PAGE, {}, member);
    const french = await t.graphql.request(BAD_PAGE, {}, { ...member, 'accept-language': 'fr' });
    const [problem] = english.errors?.[0].extensions?.fields as { field: string; message: string }[];
    expect(problem.message).toMatch(/must not be greater than 100/);
    expect(french.errors?.[0].extensions?.fields).toEqual([
      { field: problem.field, message: 'doit valoir 100 au plus', englishMessage: problem.message },
    ]);
  });

  it('stays English when English comes first, or for a language it does not speak', async () => {
    for (const language of ['en-GB,en;q=0.9,fr;q=0.8', 'de-DE']) {
      const response = await t.graphql.request(
        PROJECT,
        { id: NOBODY },
        { ...member, 'accept-language': language },
      );
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(response.errors?.[0].message).toMatch(/not found/i);
    }
  });
});
