import { GRAPHQL_LIMITS } from '@crossroads/core';
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

  const deep = () => {
    let selection = 'id';
    for (let i = 0; i < GRAPHQL_LIMITS.maxDepth + 2; i++) selection = `edges { node { ${selection} } }`;
    return `{ sites { ${selection} } }`;
  };
  const aliases = () =>
    `{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 5 }, (_, i) => `s${i}: sites { totalCount }`).join(' ')} }`;
  const tokens = () =>
    `{ ${Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
  const costly = () => {
    const node =
      'id slug name city postcode address lat lng descriptionFr descriptionEn website createdAt updatedAt';
    return `{ ${Array.from(
      { length: GRAPHQL_LIMITS.maxAliases },
      (_, i) => `s${i}: sites(first: 100) { totalCount edges { cursor node { ${node} } } }`,
    ).join(' ')} }`;
  };
  const directives = () =>
    `{ sites { totalCount ${Array.from({ length: GRAPHQL_LIMITS.maxDirectives + 2 }, () => '@include(if: true)').join(' ')} } }`;

  it.each([
    [
      'a syntax error',
      () => '{ sites { ',
      /^Syntax Error: Expected Name/,
      /^Erreur de syntaxe dans la requête GraphQL \(ligne 1, colonne 11\) : attendu : le nom ; trouvé : la fin du document\.$/,
    ],
    [
      'too deep',
      deep,
      /depth limit of 10 exceeded/,
      /^La requête est trop profonde : 10 niveaux au plus, elle en a \d+\.$/,
    ],
    [
      'too many aliases',
      aliases,
      /Aliases limit of 15 exceeded/,
      /^Trop d’alias : 15 au plus, la requête en a 20\.$/,
    ],
    [
      'too many tokens',
      tokens,
      /more th[ae]t 2000 tokens/,
      /^La requête compte plus de 2000 éléments \(mots, signes\) : elle n’est pas lue\.$/,
    ],
    [
      'too costly',
      costly,
      /Cost limit of 5000 exceeded/,
      /^La requête coûte trop : 5000 au plus, elle coûte \d+\.$/,
    ],
    [
      'too many directives',
      directives,
      /Directives limit of 20 exceeded/,
      /^Trop de directives : 20 au plus, la requête en a \d+\.$/,
    ],
  ])(
    'words a refused document (%s) in French, its code and English kept',
    async (_, query, english, french) => {
      const inEnglish = await t.graphql.request(query(), {});
      const inFrench = await t.graphql.request(query(), {}, { 'accept-language': 'fr-FR,fr;q=0.9' });
      // A document may break several limits at once (a deep one costs too): the one this case is about.
      const at = (inEnglish.errors ?? []).findIndex((error) => english.test(error.message));
      const englishError = inEnglish.errors![at];
      const frenchError = inFrench.errors![at];
      expect(englishError.message).toMatch(english);
      expect(englishError.extensions?.englishMessage).toBeUndefined();
      expect(frenchError.extensions?.code).toBe(englishError.extensions?.code);
      expect(frenchError.extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
      expect(frenchError.message).toMatch(french);
      expect(frenchError.extensions?.englishMessage).toBe(englishError.message);
      expect(inFrench.status).toBe(inEnglish.status);
    },
  );

  it('words the list cost, counted with the variables, in French', async () => {
    const query = `query ($n: Int!, $m: Int!) { sites(first: $n) { edges { node {
      companies(first: $m) { name slug people(first: $m) { name } } } } } }`;
    const response = await t.graphql.request(query, { n: 100, m: 100 }, { 'accept-language': 'fr' });
    expect(response.errors?.[0]).toEqual(
      expect.objectContaining({
        message: expect.stringMatching(
          /^Cette opération pourrait renvoyer \d+ champs \(60000 au plus\) : demandez moins d’éléments \(first\) ou moins de champs$/,
        ),
        extensions: expect.objectContaining({
          code: 'GRAPHQL_VALIDATION_FAILED',
          englishMessage: expect.stringMatching(/^This operation could resolve \d+ fields/),
        }),
      }),
    );
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
