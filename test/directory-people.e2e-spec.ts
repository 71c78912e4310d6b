import { GraphQLClient, register, Session, signIn, TestApp, waitFor } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { CREATE, LEA, READ, startDirectoryWorld, UPDATE } from './support/directory';

// People in the directory: their profile, who sees what of it, how they are filtered and claimed, and read in pages.
describe('directory', () => {
  let t: TestApp;
  let staff: Session;
  let member: Session;
  beforeAll(async () => {
    const world = await startDirectoryWorld();
    ({ t, staff, member } = world);
  });
  afterAll(() => t?.close());

  const count = async (table: string) => Number((await t.sql(`SELECT count(*) AS n FROM ${table}`))[0].n);
  /** The people queued for the index since `mark` (an outbox row id). */
  const queuedSince = async (mark: number) =>
    (
      await t.sql(
        `SELECT document_id FROM search_outbox WHERE document_type = 'person' AND id > $1 ORDER BY id`,
        [mark],
      )
    ).map((row) => row.document_id as string);
  const outboxMark = async () =>
    Number((await t.sql(`SELECT coalesce(max(id), 0) AS n FROM search_outbox`))[0].n);

  it('lets STAFF create, read, update and delete a person', async () => {
    // Each change queues its person for the index: the creation, the update and the deletion, each on its own.
    let mark = await outboxMark();
    const created = await t.graphql.request(CREATE, { input: LEA }, staff.headers);
    expect(created.errors).toBeUndefined();
    const { id, slug } = created.data!.createPerson;
    expect(slug).toBe('lea-dupre');
    expect(await queuedSince(mark)).toEqual([id]);
    const read = await t.graphql.request(READ, { slug }, staff.headers);
    expect(read.data!.person).toMatchObject({
      name: 'Léa Dupré',
      email: 'lea.dupre@example.org',
      phone: '+33 6 12 34 56 78',
      crafts: [{ slug: 'director-of-photography', labelFr: expect.any(String), labelEn: expect.any(String) }],
      languages: [
        { language: 'en', level: 'FLUENT' },
        { language: 'fr', level: 'NATIVE' },
      ],
    });
    mark = await outboxMark();
    const updated = await t.graphql.request(
      UPDATE,
      { id, input: { headline: 'Cheffe opératrice' } },
      staff.headers,
    );
    expect(updated.data!.updatePerson.headline).toBe('Cheffe opératrice');
    expect(await queuedSince(mark)).toEqual([id]);
    // A namesake (her own address: an email is one profile's) gets the next slug.
    const namesake = { ...LEA, email: 'lea.dupre.lille@example.org' };
    const second = await t.graphql.request(CREATE, { input: namesake }, staff.headers);
    expect(second.data!.createPerson.slug).toBe('lea-dupre-2');
    mark = await outboxMark();
    const deleted = await t.graphql.request(
      `mutation ($id: ID!) { deletePerson(id: $id) }`,
      { id: second.data!.createPerson.id },
      staff.headers,
    );
    expect(deleted.data).toEqual({ deletePerson: true });
    expect(await queuedSince(mark)).toEqual([second.data!.createPerson.id]);
  });

  it('shows contact details only as the person allows, and never to anonymous readers', async () => {
    const anonymous = await t.graphql.request(READ, { slug: 'lea-dupre' });
    expect(anonymous.data!.person).toMatchObject({
      email: null,
      phone: null,
      visibility: null,
      website: 'https://lea-dupre.example',
    });
    expect(anonymous.data!.person.availability).toHaveLength(1);
    const asMember = await t.graphql.request(READ, { slug: 'lea-dupre' }, member.headers);
    expect(asMember.data!.person).toMatchObject({
      email: 'lea.dupre@example.org',
      phone: null,
      visibility: null,
    });

    const [{ id }] = await t.sql(`SELECT id FROM person WHERE slug = 'lea-dupre'`);
    await t.graphql.request(
      UPDATE,
      {
        id,
        input: { visibility: { email: 'PUBLIC', phone: 'PUBLIC', links: 'MEMBERS', availability: 'STAFF' } },
      },
      staff.headers,
    );
    const again = await t.graphql.request(READ, { slug: 'lea-dupre' });
    expect(again.data!.person).toMatchObject({ email: null, phone: null, website: null, availability: [] });
    const list = await t.graphql.request('{ people(first: 100) { edges { node { slug email phone } } } }');
    for (const edge of list.data!.people.edges) expect(edge.node).toMatchObject({ email: null, phone: null });
  });

  it('hides people without directory consent from anonymous readers', async () => {
    const created = await t.graphql.request(
      CREATE,
      { input: { firstName: 'Ana', lastName: 'Nonyme', consentDirectory: false } },
      staff.headers,
    );
    const slug = created.data!.createPerson.slug;
    expect(GraphQLClient.codes(await t.graphql.request(READ, { slug }))).toEqual(['NOT_FOUND']);
    const anonymousList = await t.graphql.request('{ people(first: 100) { edges { node { slug } } } }');
    expect(
      anonymousList.data!.people.edges.map((e: { node: { slug: string } }) => e.node.slug),
    ).not.toContain(slug);
    expect((await t.graphql.request(READ, { slug }, member.headers)).data!.person.name).toBe('Ana Nonyme');
  });

  it('filters people by kind, craft, language, city and site', async () => {
    const people = (filter: object) =>
      t.graphql.request(
        'query ($f: PersonFilter) { people(filter: $f) { totalCount edges { node { slug } } } }',
        { f: filter },
      );
    expect(
      (await people({ crafts: ['director-of-photography'], languages: ['en'], cities: ['TOURCOING'] })).data!
        .people.totalCount,
    ).toBe(1);
    expect((await people({ kinds: ['ACTOR'] })).data!.people.totalCount).toBe(0);
    expect((await people({ sites: ['plaine-images'] })).data!.people.totalCount).toBe(1);
    expect((await people({ languages: ['de'] })).data!.people.totalCount).toBe(0);
  });

  it('lets a member edit only the profile they own, after STAFF approve their claim', async () => {
    const [{ id: leaId }] = await t.sql(`SELECT id FROM person WHERE slug = 'lea-dupre'`);
    expect(
      GraphQLClient.codes(
        await t.graphql.request(UPDATE, { id: leaId, input: { headline: 'hijack' } }, member.headers),
      ),
    ).toEqual(['FORBIDDEN']);

    const claim = await t.graphql.request(
      `mutation ($id: ID!) { claimPerson(personId: $id, message: "C'est moi") { id status } }`,
      { id: leaId },
      member.headers,
    );
    expect(claim.data!.claimPerson.status).toBe('PENDING');
    const pending = await t.graphql.request(
      '{ personClaims(status: PENDING) { totalCount edges { node { id } } } }',
      {},
      staff.headers,
    );
    expect(pending.data!.personClaims.totalCount).toBe(1);
    const decided = await t.graphql.request(
      `mutation ($id: ID!) { decidePersonClaim(id: $id, approve: true) { status } }`,
      { id: claim.data!.claimPerson.id },
      staff.headers,
    );
    expect(decided.data!.decidePersonClaim.status).toBe('APPROVED');

    const owner = await signIn(t.graphql, 'member@example.org');
    const own = await t.graphql.request(
      UPDATE,
      { id: leaId, input: { headline: 'Mine now', visibility: { phone: 'MEMBERS' } } },
      owner.headers,
    );
    expect(own.data!.updatePerson.headline).toBe('Mine now');
    const mine = await t.graphql.request(READ, { slug: 'lea-dupre' }, owner.headers);
    expect(mine.data!.person.visibility).toMatchObject({ phone: 'MEMBERS' });
    expect(mine.data!.person.phone).toBe('+33 6 12 34 56 78');
    const verify = await t.graphql.request(UPDATE, { id: leaId, input: { verified: true } }, owner.headers);
    expect(GraphQLClient.codes(verify)).toEqual(['FORBIDDEN']);
  });

  it('decides claims on one profile one at a time: approving them all at once links one account, CONFLICT for the rest', async () => {
    const { id: personId } = (
      await t.graphql.ok(CREATE, { input: { firstName: 'Noé', lastName: 'Convoité' } }, staff.headers)
    ).createPerson;
    const claimIds: string[] = [];
    const userIds: string[] = [];
    for (const n of [1, 2, 3]) {
      const email = `claimer${n}@example.fr`;
      const userId = await register(t.graphql, email, 'a long enough passphrase');
      await t.sql(`UPDATE app_user SET status = 'ACTIVE', roles = '{MEMBER}' WHERE id = $1`, [userId]);
      userIds.push(userId);
      const claimer = await signIn(t.graphql, email, 'a long enough passphrase');
      const claim = await t.graphql.ok(
        `mutation ($id: ID!) { claimPerson(personId: $id) { id } }`,
        { id: personId },
        claimer.headers,
      );
      claimIds.push(claim.claimPerson.id);
    }
    const decide = (id: string) =>
      t.graphql.request(
        `mutation ($id: ID!) { decidePersonClaim(id: $id, approve: true) { status } }`,
        { id },
        staff.headers,
      );
    // The claimers' accounts are held while STAFF approve all three claims at once, so every decision is under
    // way together (each locked its claim) before any links an account.
    await t.sql('BEGIN');
    await t.sql('SELECT 1 FROM app_user WHERE id = ANY($1) FOR UPDATE', [userIds]);
    const decisions = Promise.all(claimIds.map(decide));
    await waitFor(async () => (await t.sql('SELECT 1 FROM pg_locks WHERE NOT granted')).length >= 3);
    await t.sql('COMMIT');
    const answers = await decisions;
    const codes = answers.map((answer) => GraphQLClient.codes(answer));
    expect(codes.filter((c) => c.length === 0)).toHaveLength(1);
    expect(codes.filter((c) => c.length > 0)).toEqual([['CONFLICT'], ['CONFLICT']]);
    const winner = claimIds[codes.findIndex((c) => c.length === 0)];
    const claims = await t.sql(`SELECT id, status FROM person_claim WHERE person_id = $1 ORDER BY status`, [
      personId,
    ]);
    expect(claims).toEqual([
      { id: winner, status: 'APPROVED' },
      { id: expect.any(String), status: 'REJECTED' },
      { id: expect.any(String), status: 'REJECTED' },
    ]);
    expect(await t.sql(`SELECT 1 FROM app_user WHERE person_id = $1`, [personId])).toHaveLength(1);
    // One approval, and the refusals it made of the other claims (each decided once).
    const audited = await t.sql(
      `SELECT details->'approve' AS approve FROM audit_event
        WHERE type = 'PROFILE_CLAIM_DECIDED' AND details->>'personId' = $1 ORDER BY 1`,
      [personId],
    );
    expect(audited).toEqual([{ approve: false }, { approve: false }, { approve: true }]);
    expect(GraphQLClient.codes(await decide(winner))).toEqual(['CONFLICT']);
  });

  it('refuses to approve a claim of an account that already owns a profile, and changes nothing', async () => {
    const person = async (firstName: string) =>
      (await t.graphql.ok(CREATE, { input: { firstName, lastName: 'Réclamé' } }, staff.headers)).createPerson
        .id as string;
    const [first, second] = [await person('Premier'), await person('Second')];
    const userId = await register(t.graphql, 'greedy@example.fr', 'a long enough passphrase');
    await t.sql(`UPDATE app_user SET status = 'ACTIVE', roles = '{MEMBER}' WHERE id = $1`, [userId]);
    const greedy = await signIn(t.graphql, 'greedy@example.fr', 'a long enough passphrase');
    const claim = async (personId: string) =>
      (
        await t.graphql.ok(
          `mutation ($id: ID!) { claimPerson(personId: $id) { id } }`,
          { id: personId },
          greedy.headers,
        )
      ).claimPerson.id as string;
    const [firstClaim, secondClaim] = [await claim(first), await claim(second)];
    const decide = (id: string) =>
      t.graphql.request(
        `mutation ($id: ID!) { decidePersonClaim(id: $id, approve: true) { status } }`,
        { id },
        staff.headers,
      );
    expect((await decide(firstClaim)).data!.decidePersonClaim.status).toBe('APPROVED');
    expect(GraphQLClient.codes(await decide(secondClaim))).toEqual(['CONFLICT']);
    expect(await t.sql(`SELECT person_id FROM app_user WHERE id = $1`, [userId])).toEqual([
      { person_id: first },
    ]);
    expect(await t.sql(`SELECT status FROM person_claim WHERE id = $1`, [secondClaim])).toEqual([
      { status: 'PENDING' },
    ]);
    expect(
      await t.sql(
        `SELECT 1 FROM audit_event WHERE type = 'PROFILE_CLAIM_DECIDED' AND details->>'personId' = $1`,
        [second],
      ),
    ).toEqual([]);
  });

  it('tells and audits the other claimants when approving one claim refuses theirs', async () => {
    const { id: personId } = (
      await t.graphql.ok(CREATE, { input: { firstName: 'Inès', lastName: 'Disputée' } }, staff.headers)
    ).createPerson;
    const claims: { userId: string; claimId: string }[] = [];
    for (const n of [4, 5]) {
      const email = `claimer${n}@example.fr`;
      const userId = await register(t.graphql, email, 'a long enough passphrase');
      await t.sql(`UPDATE app_user SET status = 'ACTIVE', roles = '{MEMBER}' WHERE id = $1`, [userId]);
      const claimer = await signIn(t.graphql, email, 'a long enough passphrase');
      const claim = await t.graphql.ok(
        `mutation ($id: ID!) { claimPerson(personId: $id) { id } }`,
        { id: personId },
        claimer.headers,
      );
      claims.push({ userId, claimId: claim.claimPerson.id });
    }
    const [approved, refused] = claims;
    await t.graphql.ok(
      `mutation ($id: ID!) { decidePersonClaim(id: $id, approve: true) { status } }`,
      { id: approved.claimId },
      staff.headers,
    );
    expect(await t.sql(`SELECT status FROM person_claim WHERE id = $1`, [refused.claimId])).toEqual([
      { status: 'REJECTED' },
    ]);
    const audited = await t.sql(
      `SELECT subject_user_id, details FROM audit_event
        WHERE type = 'PROFILE_CLAIM_DECIDED' AND details->>'personId' = $1 ORDER BY id`,
      [personId],
    );
    expect(audited).toEqual([
      { subject_user_id: approved.userId, details: { personId, approve: true } },
      { subject_user_id: refused.userId, details: { personId, approve: false } },
    ]);
    const told = await t.sql(
      `SELECT recipient_id, event FROM notification WHERE event_key = ANY($1) ORDER BY event`,
      [claims.map((c) => `claim-decided:${c.claimId}`)],
    );
    expect(told).toEqual([
      { recipient_id: approved.userId, event: 'CLAIM_APPROVED' },
      { recipient_id: refused.userId, event: 'CLAIM_REFUSED' },
    ]);
  });

  it('never leaves a claim pending on a profile an approval gives away: refused with the others, or CONFLICT up front (race)', async () => {
    const claimPerson = `mutation ($id: ID!) { claimPerson(personId: $id) { id status } }`;
    const approve = (id: string) =>
      t.graphql.request(
        `mutation ($id: ID!) { decidePersonClaim(id: $id, approve: true) { status } }`,
        { id },
        staff.headers,
      );
    const claimer = async (email: string) => {
      const userId = await register(t.graphql, email, 'a long enough passphrase');
      await t.sql(`UPDATE app_user SET status = 'ACTIVE', roles = '{MEMBER}' WHERE id = $1`, [userId]);
      return { userId, session: await signIn(t.graphql, email, 'a long enough passphrase') };
    };
    /** Holds `userIds`' account rows until `during` has set both requests going and each waits on a lock. */
    const held = async <T>(userIds: string[], during: () => Promise<T>): Promise<T> => {
      await t.sql('BEGIN');
      try {
        await t.sql('SELECT 1 FROM app_user WHERE id = ANY($1) FOR UPDATE', [userIds]);
        return await during();
      } finally {
        await t.sql('COMMIT');
      }
    };
    const waiting = (n: number) =>
      waitFor(async () => (await t.sql('SELECT 1 FROM pg_locks WHERE NOT granted')).length >= n);
    const statuses = (personId: string) =>
      t.sql(`SELECT user_id, status FROM person_claim WHERE person_id = $1 ORDER BY created_at`, [personId]);

    // 1. The approval holds the profile (its claimant's account is held, so it waits there) when the other claim
    // arrives: that claim waits for the approval, then finds the profile owned.
    const { id: first } = (
      await t.graphql.ok(CREATE, { input: { firstName: 'Rémi', lastName: 'Course' } }, staff.headers)
    ).createPerson;
    const [winner, late] = [await claimer('winner1@example.fr'), await claimer('late1@example.fr')];
    const winnerClaim = (await t.graphql.ok(claimPerson, { id: first }, winner.session.headers)).claimPerson
      .id as string;
    const [approved, lateClaim] = await held([winner.userId], async () => {
      const approval = approve(winnerClaim);
      await waiting(1);
      const claim = t.graphql.request(claimPerson, { id: first }, late.session.headers);
      await waiting(2);
      return [approval, claim] as const;
    }).then((pair) => Promise.all(pair));
    expect(approved.data!.decidePersonClaim.status).toBe('APPROVED');
    expect(GraphQLClient.codes(lateClaim)).toEqual(['CONFLICT']);
    expect(lateClaim.errors![0].message).toBe('This profile already has an owner');
    expect(await statuses(first)).toEqual([{ user_id: winner.userId, status: 'APPROVED' }]);

    // 2. The other claim is written first (its account is held as the claim is inserted) when the approval starts:
    // the approval waits for it, then refuses it, audits and tells its claimant.
    const { id: second } = (
      await t.graphql.ok(CREATE, { input: { firstName: 'Rose', lastName: 'Course' } }, staff.headers)
    ).createPerson;
    const [winner2, early] = [await claimer('winner2@example.fr'), await claimer('early2@example.fr')];
    const winner2Claim = (await t.graphql.ok(claimPerson, { id: second }, winner2.session.headers))
      .claimPerson.id as string;
    const [earlyClaim, approved2] = await held([early.userId], async () => {
      const claim = t.graphql.request(claimPerson, { id: second }, early.session.headers);
      await waiting(1);
      const approval = approve(winner2Claim);
      await waiting(2);
      return [claim, approval] as const;
    }).then((pair) => Promise.all(pair));
    expect(earlyClaim.data!.claimPerson.status).toBe('PENDING');
    expect(approved2.data!.decidePersonClaim.status).toBe('APPROVED');
    expect(await statuses(second)).toEqual([
      { user_id: winner2.userId, status: 'APPROVED' },
      { user_id: early.userId, status: 'REJECTED' },
    ]);
    const earlyId = earlyClaim.data!.claimPerson.id as string;
    expect(
      await t.sql(`SELECT recipient_id, event FROM notification WHERE event_key = $1`, [
        `claim-decided:${earlyId}`,
      ]),
    ).toEqual([{ recipient_id: early.userId, event: 'CLAIM_REFUSED' }]);
    expect(
      await t.sql(
        `SELECT details FROM audit_event WHERE type = 'PROFILE_CLAIM_DECIDED' AND subject_user_id = $1`,
        [early.userId],
      ),
    ).toEqual([{ details: { personId: second, approve: false } }]);
  });

  it.each([
    [{ ...LEA, email: 'not-an-email' }, 'email'],
    [{ ...LEA, crafts: ['astronaut'] }, 'crafts.0'],
    [{ ...LEA, lat: 91 }, 'lat'],
    [{ ...LEA, lat: 50.1, lng: undefined }, 'lng'],
    [{ ...LEA, availability: [{ startsOn: '2027-03-31', endsOn: '2027-03-01' }] }, 'availability.0'],
    [{ ...LEA, availability: [{ startsOn: '2027-02-30', endsOn: '2027-03-01' }] }, 'startsOn'],
    [{ ...LEA, headline: 'x'.repeat(201) }, 'headline'],
    [{ ...LEA, site: 'nowhere' }, 'site'],
    [{ ...LEA, languages: [{ language: 'english', level: 'FLUENT' }] }, 'language'],
    [{ ...LEA, website: 'javascript:alert(1)' }, 'website'],
    [{ ...LEA, playingAgeMin: 40, playingAgeMax: 20 }, 'playingAgeMax'],
  ])('refuses an invalid person (%#) naming %s, storing nothing', async (input, field) => {
    const before = await count('person');
    const response = await t.graphql.request(CREATE, { input }, staff.headers);
    expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors![0].extensions)).toContain(field);
    expect(await count('person')).toBe(before);
  });

  it('reads a page of 50 people with crafts, companies and school in a constant number of SQL statements', async () => {
    await t.sql(`
      WITH company AS (
        INSERT INTO company (slug, name, country, city) VALUES ('bulk-studio', 'Bulk Studio', 'FR', 'Roubaix') RETURNING id
      ), school AS (SELECT id FROM school ORDER BY slug LIMIT 1),
      people AS (
        INSERT INTO person (slug, first_name, last_name, school_id)
        SELECT 'bulk-' || n, 'Bulk', 'Person ' || lpad(n::text, 3, '0'), (SELECT id FROM school) FROM generate_series(1, 60) n
        RETURNING id
      ), crafts AS (
        INSERT INTO person_craft (person_id, craft_slug) SELECT id, 'editor' FROM people
      )
      INSERT INTO affiliation (person_id, company_id, role) SELECT people.id, company.id, 'Editor' FROM people, company`);
    const dataSource = t.app.get(DataSource);
    const logger = dataSource.logger;
    const statementsFor = async (first: number) => {
      let statements = 0;
      Object.assign(dataSource, { logger: { ...logger, logQuery: () => statements++ } });
      try {
        const response = await t.graphql.request(
          `query ($first: Int) { people(first: $first, filter: { crafts: ["editor"] }) { edges { node {
              name crafts { labelEn } affiliations { role company { name } } school { name } site { name } } } } }`,
          { first },
        );
        expect(response.data!.people.edges).toHaveLength(first);
        expect(response.data!.people.edges[0].node.affiliations[0].company.name).toBe('Bulk Studio');
      } finally {
        Object.assign(dataSource, { logger });
      }
      return statements;
    };
    const forTen = await statementsFor(10);
    const forFifty = await statementsFor(50);
    // The page, its count and about one query per relation (crafts, affiliations, companies, schools), not one per
    // row; DataLoader may split a relation's batch over two ticks, hence "about".
    expect(forFifty).toBeLessThanOrEqual(10);
    expect(forFifty - forTen).toBeLessThanOrEqual(2);
  });
  it('lists people and companies in French alphabetical order: accents, Œ, ç and lower-case particles in place', async () => {
    // The database collates bytes (C.UTF-8): "Émery", "Œillet", "Çelik" and "de Vos" came after "Zylberstein".
    for (const lastName of ['Zylberstein', 'Émery', 'de Vos', 'Œillet', 'Çelik', 'Dupuis'])
      await t.graphql.ok(
        CREATE,
        { input: { firstName: 'Alix', lastName, kinds: ['VOICE_ACTOR'], city: 'Lille' } },
        staff.headers,
      );
    const people = await t.graphql.ok(
      `{ people(filter: { kinds: [VOICE_ACTOR] }, first: 3) { edges { node { name } cursor } } }`,
    );
    const after = people.people.edges.at(-1).cursor as string;
    const rest = await t.graphql.ok(
      `query ($after: String) { people(filter: { kinds: [VOICE_ACTOR] }, first: 10, after: $after) {
         edges { node { name } } } }`,
      { after },
    );
    expect(
      [...people.people.edges, ...rest.people.edges].map((e: { node: { name: string } }) => e.node.name),
    ).toEqual(['Alix Çelik', 'Alix de Vos', 'Alix Dupuis', 'Alix Émery', 'Alix Œillet', 'Alix Zylberstein']);

    for (const name of ['Zénith Films', 'Écran Total Prod', 'œil vif', 'Ça Tourne', 'Delta Images'])
      await t.graphql.ok(
        `mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }`,
        { input: { name, country: 'BE', city: 'Tournai' } },
        staff.headers,
      );
    const companies = await t.graphql.ok(
      `{ companies(filter: { countries: ["BE"] }, first: 20) { edges { node { name } } } }`,
    );
    expect(companies.companies.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Ça Tourne',
      'Delta Images',
      'Écran Total Prod',
      'œil vif',
      'Zénith Films',
    ]);
  });
});
