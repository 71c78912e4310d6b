import { seedDemoCoproduction } from '@crossroads/coproduction/demo';
import { DEMO_SEED, seedDemoDirectory } from '@crossroads/directory/demo';
import { signIn, startTestApp, TestApp } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { DEMO_PERSONAS, PERSONA_IDS, seedDemoPersonas } from '../libs/delegations/src/demo';

const ME = `{ me { email roles personId } }`;

describe('demo personas', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(createApp, { OUTBOX_RELAY: 'false' });
    const dataSource = t.app.get(DataSource);
    await seedDemoDirectory(dataSource, { seed: DEMO_SEED, scale: 1 });
    await seedDemoCoproduction(dataSource, { seed: DEMO_SEED });
    expect(await seedDemoPersonas(dataSource, 'crossroads-demo')).toEqual({ accounts: 4 });
  });
  afterAll(() => t.close());

  it('seeds once: a second run writes nothing', async () => {
    expect(await seedDemoPersonas(t.app.get(DataSource), 'crossroads-demo')).toEqual({ accounts: 0 });
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM person WHERE id = ANY($1) AND is_demo`, [
      [PERSONA_IDS.producer, PERSONA_IDS.writer, PERSONA_IDS.partner, PERSONA_IDS.technician],
    ]);
    expect(n).toBe(4);
  });

  it.each(DEMO_PERSONAS.map((p) => [p.key, p.email]))(
    '%s signs in with the demo password',
    async (_, email) => {
      const session = await signIn(t.graphql, email);
      const response = await t.graphql.request(ME, {}, session.headers);
      expect(response.errors).toBeUndefined();
      expect((response.data!.me as { email: string }).email).toBe(email);
    },
  );

  it('the producer is a verified admin of a demo production company and sees matches for its Annecy project', async () => {
    const session = await signIn(t.graphql, 'producer@example.org');
    const [membership] = await t.sql(
      `SELECT a.status, a.member_role FROM affiliation a JOIN company c ON c.id = a.company_id
        WHERE a.person_id = $1 AND c.is_demo AND 'PRODUCTION' = ANY(c.kinds)`,
      [PERSONA_IDS.producer],
    );
    expect(membership).toEqual({ status: 'VERIFIED', member_role: 'ADMIN' });
    const response = await t.graphql.request(
      `query ($p: ID!) { project(id: $p) { title targetEditions { festival { slug } } }
         partnerMatches(projectId: $p, first: 10) { score company { id name country } } }`,
      { p: PERSONA_IDS.annecyProject },
      session.headers,
    );
    expect(response.errors).toBeUndefined();
    const data = response.data as {
      project: { targetEditions: { festival: { slug: string } }[] };
      partnerMatches: { company: { id: string; country: string } }[];
    };
    expect(data.project.targetEditions.map((e) => e.festival.slug)).toEqual(['annecy']);
    expect(data.partnerMatches.length).toBeGreaterThan(3);
    expect(data.partnerMatches.map((m) => m.company.id)).toContain(PERSONA_IDS.partnerCompany);
    const [{ festivals }] = await t.sql(
      `SELECT array_agg(DISTINCT f.slug ORDER BY f.slug) AS festivals FROM project p
         JOIN festival_edition e ON e.id = ANY(p.target_edition_ids) JOIN festival f ON f.id = e.festival_id
        WHERE p.owner_company_id = $1`,
      [PERSONA_IDS.producerCompany],
    );
    expect(festivals).toEqual(['annecy', 'series-mania']);
  });

  it('words match reasons in French for Accept-Language: fr, from codes and parameters', async () => {
    const session = await signIn(t.graphql, 'producer@example.org');
    const query = `query ($p: ID!) { partnerMatches(projectId: $p, first: 3) {
      missing reasons { criterion code params text english: text(lang: "en") } } }`;
    const response = await t.graphql.request(
      query,
      { p: PERSONA_IDS.annecyProject },
      { ...session.headers, 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' },
    );
    expect(response.errors).toBeUndefined();
    const matches = response.data!.partnerMatches as {
      reasons: {
        criterion: string;
        code: string;
        params: Record<string, unknown>;
        text: string;
        english: string;
      }[];
    }[];
    const format = matches[0].reasons.find((r) => r.criterion === 'FORMAT')!;
    expect(format.code).toBe('FORMAT_MATCH');
    expect(format.params).toEqual({ format: 'ANIMATED_SERIES' });
    expect(format.text).toBe('Travaille sur des séries d’animation');
    expect(format.english).toBe('Works on animated series');
    for (const reason of matches.flatMap((m) => m.reasons)) {
      expect(reason.text).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/); // no raw enum value
      expect(reason.text).not.toBe(reason.english);
    }
  });

  it('the partner admin sees the pending introduction and can accept it', async () => {
    const session = await signIn(t.graphql, 'partner@example.org');
    const response = await t.graphql.request(
      `{ introductions(status: PENDING) { edges { node { id status company { country } project { title } } } } }`,
      {},
      session.headers,
    );
    expect(response.errors).toBeUndefined();
    const nodes = (
      response.data!.introductions as { edges: { node: { id: string; company: { country: string } } }[] }
    ).edges.map((edge) => edge.node);
    expect(nodes.map((n) => n.id)).toContain(PERSONA_IDS.introduction);
    expect(nodes.find((n) => n.id === PERSONA_IDS.introduction)!.company.country).toBe('BE');
    const answer = await t.graphql.request(
      `mutation ($id: ID!) { answerIntroduction(id: $id, accept: true, message: "Avec plaisir") { status } }`,
      { id: PERSONA_IDS.introduction },
      session.headers,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.answerIntroduction).toEqual({ status: 'ACCEPTED' });
  });

  it('the writer owns a project seeking a majority co-producer', async () => {
    const session = await signIn(t.graphql, 'writer@example.org');
    const response = await t.graphql.request(
      `query ($p: ID!) { project(id: $p) { rolesSought stage } partnerMatches(projectId: $p, first: 5) { score } }`,
      { p: PERSONA_IDS.writerProject },
      session.headers,
    );
    expect(response.errors).toBeUndefined();
    expect((response.data!.project as { rolesSought: string[] }).rolesSought).toEqual([
      'MAJORITY_COPRODUCER',
    ]);
  });

  it('the technician has a delegation invitation to answer', async () => {
    const session = await signIn(t.graphql, 'technician@example.org');
    const response = await t.graphql.request(
      `{ myDelegationInvitations { id status } }`,
      {},
      session.headers,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.myDelegationInvitations).toEqual([expect.objectContaining({ status: 'INVITED' })]);
  });

  it('rings the technician’s and the partner’s bells for what waits for them', async () => {
    for (const [email, event] of [
      ['technician@example.org', 'DELEGATION_INVITED'],
      ['partner@example.org', 'INTRODUCTION_REQUESTED'],
    ]) {
      const session = await signIn(t.graphql, email);
      const response = await t.graphql.request(
        `{ unreadNotificationCount myNotifications(first: 5) { edges { node { event text } } } }`,
        {},
        session.headers,
      );
      expect(response.data!.unreadNotificationCount).toBe(1);
      expect(response.data!.myNotifications.edges[0].node.event).toBe(event);
    }
  });
});
