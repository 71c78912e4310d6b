import { DeadlineRemindersJob } from '@crossroads/festivals';
import { DigestJob } from '@crossroads/notifications';
import {
  CaughtMail,
  GraphQLClient,
  register,
  Session,
  signIn,
  startTestApp,
  TestApp,
  waitFor,
} from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

const PASSWORD = 'a long enough passphrase';
const NOTIFICATIONS = `query ($unreadOnly: Boolean) { myNotifications(first: 50, unreadOnly: $unreadOnly) {
  totalCount edges { node { id event kind path text readAt params { name value } } } } }`;
const UNREAD = `{ unreadNotificationCount }`;
const SETTINGS = `mutation ($input: NotificationSettingsInput!) { updateMyNotificationSettings(input: $input) {
  language preferences { kind delivery isDefault } } }`;

interface Node {
  id: string;
  event: string;
  kind: string;
  path: string;
  text: string;
  readAt: string | null;
  params: { name: string; value: string }[];
}

/** What the platform tells people, end to end: the change, the row, the mail in the catcher, the bell. */
describe('notification events', () => {
  let t: TestApp;
  let staff: Session;
  let member: Session;
  let memberEmail: string;
  const ids: Record<string, string> = {};

  const gql = (session: Session | null, query: string, variables?: Record<string, unknown>) =>
    t.graphql.request(query, variables, session?.headers ?? {});
  const ok = (session: Session | null, query: string, variables?: Record<string, unknown>) =>
    t.graphql.ok(query, variables, session?.headers ?? {});
  const notifications = async (session: Session) =>
    (await ok(session, NOTIFICATIONS)).myNotifications.edges.map((e: { node: Node }) => e.node) as Node[];
  /** Waits for the mail to `to` whose subject matches, and returns it. */
  const mailTo = async (to: string, subject: RegExp): Promise<CaughtMail> => {
    let found: CaughtMail | undefined;
    await waitFor(async () => {
      found = (await t.mailbox()).find(
        (mail) => mail.to.some((r) => r.address === to) && subject.test(mail.subject),
      );
      return found !== undefined;
    }, 20_000);
    return found!;
  };
  const mailsTo = async (to: string) =>
    (await t.mailbox()).filter((mail) => mail.to.some((r) => r.address === to));
  /** A vetted account owning a new person profile. */
  const account = async (email: string, firstName: string, lastName: string) => {
    const personId = (
      await ok(staff, `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`, {
        input: { firstName, lastName, kinds: ['PRODUCER'] },
      })
    ).createPerson.id as string;
    const userId = await register(t.graphql, email, PASSWORD);
    await ok(staff, `mutation { approveUser(id: "${userId}") { id } }`);
    await t.sql('UPDATE app_user SET person_id = $1 WHERE id = $2', [personId, userId]);
    return { personId, userId, session: await signIn(t.graphql, email, PASSWORD) };
  };

  beforeAll(async () => {
    t = await startTestApp(createApp, {
      THROTTLE_LIMIT: '100000',
      LOGIN_THROTTLE_LIMIT: '1000',
      OUTBOX_RELAY: 'false',
      PUBLIC_URL: 'https://crossroads.example',
      NOTIFICATIONS_SENDER: 'true',
    });
    staff = await signIn(t.graphql, 'staff@example.org');
    member = await signIn(t.graphql, 'member@example.org');
    memberEmail = 'member@example.org';
    ids.memberPerson = (
      await ok(staff, `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`, {
        input: { firstName: 'Camille', lastName: 'Delattre', kinds: ['DIRECTOR'] },
      })
    ).createPerson.id;
    await t.sql(`UPDATE app_user SET person_id = $1 WHERE email = $2`, [ids.memberPerson, memberEmail]);
    member = await signIn(t.graphql, memberEmail);
  });
  afterAll(() => t.close());

  it('emails a delegation invitation in French with a link that opens it, and rings the bell', async () => {
    const festival = await ok(null, `{ festival(slug: "series-mania") { name editions { id year } } }`);
    const edition = festival.festival.editions.at(-1);
    const delegation = (
      await ok(
        staff,
        `mutation ($input: CreateDelegationInput!) { createDelegation(input: $input) { id } }`,
        { input: { editionId: edition.id, name: 'Délégation Hauts-de-France' } },
      )
    ).createDelegation.id;
    await ok(
      staff,
      `mutation ($id: ID!) { updateDelegation(id: $id, input: { status: PUBLISHED }) { id } }`,
      { id: delegation },
    );
    const added = (
      await ok(
        staff,
        `mutation ($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }`,
        { input: { delegationId: delegation, kind: 'PERSON', personId: ids.memberPerson } },
      )
    ).addDelegationMember.id;
    expect(await ok(member, UNREAD)).toEqual({ unreadNotificationCount: 0 }); // a proposal tells nobody
    await ok(
      staff,
      `mutation ($id: ID!) { setDelegationMemberStatus(input: { memberId: $id, status: INVITED }) { id } }`,
      { id: added },
    );

    const mail = await mailTo(memberEmail, /^Invitation : délégation pour Series Mania/);
    expect(mail.headers['content-language']).toBe('fr');
    expect(mail.text).toContain(
      'Vous êtes invité·e à rejoindre la délégation « Délégation Hauts-de-France »',
    );
    expect(mail.text).toContain('https://crossroads.example/me/invitations');
    expect(mail.html).toContain('href="https://crossroads.example/me/invitations"');
    const source = await t.mailSource(mail.id);
    expect(source).toMatch(/^List-Unsubscribe:\s+<https:\/\/crossroads\.example\/unsubscribe\?token=/m);
    expect(source).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);

    expect(await ok(member, UNREAD)).toEqual({ unreadNotificationCount: 1 });
    const [notice] = await notifications(member);
    expect(notice).toMatchObject({
      event: 'DELEGATION_INVITED',
      kind: 'DELEGATION_INVITATION',
      path: '/me/invitations',
      readAt: null,
    });
    expect(notice.params).toEqual(
      expect.arrayContaining([{ name: 'delegationName', value: 'Délégation Hauts-de-France' }]),
    );

    // The member confirms: their own answer tells nobody; staff withdrawing them does.
    await ok(
      member,
      `mutation ($id: ID!) { answerDelegationInvitation(input: { memberId: $id, accept: true, consentBrochure: true }) { id } }`,
      { id: added },
    );
    await ok(
      staff,
      `mutation ($id: ID!) { setDelegationMemberStatus(input: { memberId: $id, status: WITHDRAWN }) { id } }`,
      { id: added },
    );
    await mailTo(memberEmail, /^Délégation pour Series Mania.* : retiré·e$/);
    expect((await notifications(member)).map((n) => n.event)).toEqual([
      'DELEGATION_STATUS_CHANGED',
      'DELEGATION_INVITED',
    ]);
  });

  it('marks read only my own notifications', async () => {
    const mine = await notifications(member);
    const other = await account('other.reader@example.fr', 'Other', 'Reader');
    const stolen = await ok(other.session, `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
      ids: mine.map((n) => n.id),
    });
    expect(stolen.markNotificationsRead).toBe(0);
    const theirs = (await notifications(other.session)).map((n) => n.id);
    expect(theirs.filter((id) => mine.some((n) => n.id === id))).toEqual([]);
    expect((await ok(member, UNREAD)).unreadNotificationCount).toBe(mine.length);

    const bad = await gql(member, `mutation { markNotificationsRead(ids: ["1; DROP TABLE notification"]) }`);
    expect(GraphQLClient.codes(bad)).toEqual(['BAD_USER_INPUT']);
    const marked = await ok(member, `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
      ids: [mine[0].id],
    });
    expect(marked.markNotificationsRead).toBe(1);
    expect((await ok(member, UNREAD)).unreadNotificationCount).toBe(mine.length - 1);
    await ok(member, `mutation { markAllNotificationsRead }`);
    expect((await ok(member, UNREAD)).unreadNotificationCount).toBe(0);
    expect(await ok(null, UNREAD).catch((e: Error) => e.message)).toMatch(/UNAUTHENTICATED/);
  });

  it('exports what a member was told with their data', async () => {
    const exported = JSON.parse((await ok(member, `{ exportMyData }`)).exportMyData);
    expect(exported.notifications.locale).toBe('fr');
    expect(exported.notifications.notifications.map((n: { event: string }) => n.event)).toEqual([
      'DELEGATION_INVITED',
      'DELEGATION_STATUS_CHANGED',
    ]);
  });

  it('tells an applicant their account is open, and a claimant their claim is decided', async () => {
    const userId = await register(t.graphql, 'applicant@example.fr', PASSWORD);
    await ok(staff, `mutation { approveUser(id: "${userId}") { id } }`);
    const mail = await mailTo('applicant@example.fr', /^Votre compte Crossroads est ouvert$/);
    expect(mail.text).toContain('https://crossroads.example/me');

    const refusedId = await register(t.graphql, 'refused@example.fr', PASSWORD);
    await ok(staff, `mutation { disableUser(id: "${refusedId}") { id } }`);
    await mailTo('refused@example.fr', /^Votre demande de compte Crossroads$/);

    const applicant = await signIn(t.graphql, 'applicant@example.fr', PASSWORD);
    const person = (
      await ok(staff, `mutation ($input: PersonInput!) { createPerson(input: $input) { id slug } }`, {
        input: { firstName: 'Inès', lastName: 'Vandenbroucke', kinds: ['WRITER'] },
      })
    ).createPerson;
    const claim = (await ok(applicant, `mutation { claimPerson(personId: "${person.id}") { id } }`))
      .claimPerson.id;
    await ok(staff, `mutation { decidePersonClaim(id: "${claim}", approve: true) { id } }`);
    const claimed = await mailTo('applicant@example.fr', /^Le profil de Inès Vandenbroucke est à vous$/);
    expect(claimed.text).toContain(`https://crossroads.example/people/${person.slug}`);
  });

  it('asks a company’s admins to decide a membership, then tells the member, in their language', async () => {
    const company = (
      await ok(staff, `mutation ($input: CompanyInput!) { createCompany(input: $input) { id slug } }`, {
        input: { name: 'Les Films du Beffroi', country: 'FR', city: 'Lille', kinds: ['PRODUCTION'] },
      })
    ).createCompany;
    const admin = await account('admin.beffroi@example.fr', 'Lucie', 'Carpentier');
    await ok(
      staff,
      `mutation { addCompanyMember(companyId: "${company.id}", personId: "${admin.personId}", role: "Gérante", memberRole: ADMIN) { id } }`,
    );
    await mailTo('admin.beffroi@example.fr', /^Vous êtes membre de Les Films du Beffroi$/);

    const applicant = await account('joiner@example.fr', 'Théo', 'Lemaire');
    await ok(applicant.session, SETTINGS, { input: { language: 'en' } });
    const request = (
      await ok(
        applicant.session,
        `mutation { requestCompanyMembership(companyId: "${company.id}", role: "Producteur") { id } }`,
      )
    ).requestCompanyMembership.id;
    const asked = await mailTo('admin.beffroi@example.fr', /^Théo Lemaire demande à rejoindre/);
    expect(asked.text).toContain(`https://crossroads.example/companies/${company.slug}/members`);
    expect(await mailsTo('staff@example.org')).toEqual([]); // the company has an admin: staff are not asked

    await ok(
      admin.session,
      `mutation { decideCompanyMembership(id: "${request}", decision: APPROVE) { id } }`,
    );
    const verified = await mailTo('joiner@example.fr', /^You are a member of Les Films du Beffroi$/);
    expect(verified.headers['content-language']).toBe('en');
    expect(verified.text).toContain(
      'Stop receiving this kind of message: https://crossroads.example/unsubscribe',
    );
  });

  it('tells the company of an introduction request and the producer of the answer, with the contact', async () => {
    const producer = await account('producer@example.fr', 'Nadia', 'Benali');
    const partner = await account('partner@example.be', 'Pieter', 'Claes');
    const company = (
      await ok(staff, `mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }`, {
        input: { name: 'Studio Meuse', country: 'BE', city: 'Liège', kinds: ['PRODUCTION'] },
      })
    ).createCompany.id;
    await ok(
      staff,
      `mutation { addCompanyMember(companyId: "${company}", personId: "${partner.personId}", role: "CEO", memberRole: ADMIN) { id } }`,
    );
    const project = (
      await ok(producer.session, `mutation ($input: ProjectInput!) { createProject(input: $input) { id } }`, {
        input: { title: 'Les Terrils', format: 'TV_SERIES', stage: 'DEVELOPMENT', visibility: 'MEMBERS' },
      })
    ).createProject.id;
    const introduction = (
      await ok(
        producer.session,
        `mutation { requestIntroduction(projectId: "${project}", companyId: "${company}", message: "Bonjour") { id } }`,
      )
    ).requestIntroduction.id;
    await mailTo('partner@example.be', /^Une mise en relation pour Studio Meuse$/);
    await ok(partner.session, `mutation { answerIntroduction(id: "${introduction}", accept: true) { id } }`);
    const accepted = await mailTo('producer@example.fr', /^Studio Meuse accepte la mise en relation$/);
    expect(accepted.text).toContain('Votre contact : Pieter Claes (partner@example.be)');
  });

  it('keeps an event off the mail when the member turned its kind off, and still lists it in the app', async () => {
    const quiet = await account('quiet@example.fr', 'Rose', 'Duhamel');
    const set = await ok(quiet.session, SETTINGS, {
      input: { preferences: [{ kind: 'ACCOUNT_DECIDED', delivery: 'OFF' }] },
    });
    expect(set.updateMyNotificationSettings.preferences).toEqual(
      expect.arrayContaining([
        { kind: 'ACCOUNT_DECIDED', delivery: 'OFF', isDefault: false },
        { kind: 'DELEGATION_INVITATION', delivery: 'IMMEDIATE', isDefault: true },
        { kind: 'EDITION_DEADLINE', delivery: 'DIGEST', isDefault: true },
      ]),
    );
    const bad = await gql(quiet.session, SETTINGS, {
      input: { preferences: [{ kind: 'NOPE', delivery: 'OFF' }] },
    });
    expect(GraphQLClient.codes(bad)).toEqual(['BAD_USER_INPUT']);
    const twice = await gql(quiet.session, SETTINGS, {
      input: {
        preferences: [
          { kind: 'MEMBERSHIP', delivery: 'OFF' },
          { kind: 'MEMBERSHIP', delivery: 'IMMEDIATE' },
        ],
      },
    });
    expect(GraphQLClient.codes(twice)).toEqual(['BAD_USER_INPUT']);

    const before = (await mailsTo('quiet@example.fr')).length;
    await t.sql(
      `INSERT INTO notification (recipient_id, kind, event, event_key, data)
      VALUES ($1, 'ACCOUNT_DECIDED', 'ACCOUNT_APPROVED', 'quiet-test', '{"path": "/me"}')`,
      [quiet.userId],
    );
    await waitFor(
      async () =>
        (await t.sql(`SELECT email_state FROM notification WHERE event_key = 'quiet-test'`))[0]
          .email_state === 'SKIPPED',
      20_000,
    );
    expect(await mailsTo('quiet@example.fr')).toHaveLength(before);
    expect((await notifications(quiet.session)).map((n) => n.event)).toEqual([
      'ACCOUNT_APPROVED',
      'ACCOUNT_APPROVED',
    ]);
  });

  it('reminds followers of deadlines at 14 and 3 days, in one daily digest at 8:00 Paris time', async () => {
    const follower = await account('follower@example.fr', 'Hugo', 'Lambert');
    const [edition] = await t.sql(
      `SELECT e.id, f.name, e.year FROM festival_edition e JOIN festival f ON f.id = e.festival_id
        WHERE f.slug = 'annecy' ORDER BY e.year DESC LIMIT 1`,
    );
    // Summer time: 8:00 in Paris is 6:00 UTC.
    await t.sql(
      `UPDATE festival_edition SET accreditation_deadline = '2027-06-11', submission_deadline = '2027-06-02'
        WHERE id = $1`,
      [edition.id],
    );
    await ok(follower.session, `mutation { followEdition(editionId: "${edition.id}") { id } }`);
    const reminders = t.app.get(DeadlineRemindersJob);
    expect(await reminders.runOnce(new Date('2027-05-12T10:00:00Z'))).toBe(0); // 21 and 30 days: too early
    expect(await reminders.runOnce(new Date('2027-05-28T10:00:00Z'))).toBe(2); // 14 and 5 days: the "14" step
    expect(await reminders.runOnce(new Date('2027-05-28T11:00:00Z'))).toBe(0); // said once
    expect(await reminders.runOnce(new Date('2027-05-30T10:00:00Z'))).toBe(1); // 3 days before 2 June
    const rows = await t.sql(
      `SELECT data->>'days' AS days FROM notification WHERE recipient_id = $1 AND event = 'DEADLINE_SOON'
        ORDER BY (data->>'days')::int`,
      [follower.userId],
    );
    expect(rows.map((row) => row.days)).toEqual(['3', '5', '14']);
    await waitFor(
      async () =>
        (
          await t.sql(
            `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND email_state = 'DIGEST'`,
            [follower.userId],
          )
        )[0].n === 3,
      20_000,
    );
    // Deadlines wait for the digest by default (the one mail so far is the account's approval).
    expect((await mailsTo('follower@example.fr')).map((mail) => mail.subject)).toEqual([
      'Votre compte Crossroads est ouvert',
    ]);

    const digests = t.app.get(DigestJob);
    expect(await digests.runOnce(new Date('2027-05-31T05:59:00Z'))).toBe(0); // 7:59 in Paris
    expect(await digests.runOnce(new Date('2027-05-31T06:01:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await digests.runOnce(new Date('2027-05-31T09:00:00Z'))).toBe(0); // one a day
    const digest = await mailTo('follower@example.fr', /^Crossroads : 3 nouveauté\(s\) depuis hier$/);
    expect(digest.text).toContain(`Date limite d’accréditation de ${edition.name} ${edition.year}`);
    // Written on 30 May as "in 3 days", the reminder reads as the digest's day (31 May) has it.
    expect(digest.text).toContain('le 2 juin 2027, dans 2 jours');
    expect(digest.text).not.toContain('dans 3 jours');
    expect(digest.text).toMatch(/https:\/\/crossroads\.example\/festivals\/annecy\//);
    // The digest is mail only: the bell lists the three reminders, not the digest.
    expect((await notifications(follower.session)).map((n) => n.event).sort()).toEqual([
      'ACCOUNT_APPROVED',
      'DEADLINE_SOON',
      'DEADLINE_SOON',
      'DEADLINE_SOON',
    ]);
  });

  it('tells a member verified once when STAFF add them twice (a double click)', async () => {
    const company = (
      await ok(staff, `mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }`, {
        input: { name: 'Studio du Double Clic', country: 'FR', city: 'Roubaix', kinds: ['PRODUCTION'] },
      })
    ).createCompany;
    const twice = await account('twice@example.fr', 'Inès', 'Vasseur');
    const add = `mutation { addCompanyMember(companyId: "${company.id}", personId: "${twice.personId}", role: "Gérante", memberRole: MEMBER) { id } }`;
    await Promise.all([ok(staff, add), ok(staff, add)]);
    expect(
      (await notifications(twice.session)).filter((n) => n.event === 'MEMBERSHIP_VERIFIED'),
    ).toHaveLength(1);
  });

  it('mails a disabled account nothing more: not its followed edition’s dates, not what waited', async () => {
    const gone = await account('gone@example.fr', 'Jules', 'Deschamps');
    const [edition] = await t.sql(
      `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id
        WHERE f.slug = 'series-mania' ORDER BY e.year DESC LIMIT 1`,
    );
    await ok(gone.session, `mutation { followEdition(editionId: "${edition.id}") { id } }`);
    await ok(staff, `mutation { disableUser(id: "${gone.userId}") { id } }`);
    // Written just before the account was disabled, not sent yet.
    await t.sql(
      `INSERT INTO notification (recipient_id, kind, event, event_key, data)
       VALUES ($1, 'MEMBERSHIP', 'MEMBERSHIP_VERIFIED', 'gone-test',
               '{"companyName": "Studio Fermé", "path": "/me"}')`,
      [gone.userId],
    );
    await ok(member, `mutation { followEdition(editionId: "${edition.id}") { id } }`);
    const setDates = `mutation ($id: ID!, $input: EditionDatesInput!) { setEditionDates(id: $id, input: $input) { id } }`;
    await ok(staff, setDates, { id: edition.id, input: { estimated: true } });
    await ok(staff, setDates, { id: edition.id, input: { estimated: false } });
    expect(
      (await notifications(member)).filter((n) => n.event === 'EDITION_DATES_CONFIRMED').length,
    ).toBeGreaterThan(0);
    await waitFor(
      async () =>
        (await t.sql(`SELECT email_state FROM notification WHERE event_key = 'gone-test'`))[0].email_state !==
        'PENDING',
      20_000,
    );
    expect((await t.sql(`SELECT email_state FROM notification WHERE event_key = 'gone-test'`))[0]).toEqual({
      email_state: 'SKIPPED',
    });
    expect(
      await t.sql(`SELECT event FROM notification WHERE recipient_id = $1 AND kind = 'EDITION_DATES'`, [
        gone.userId,
      ]),
    ).toEqual([]);
    expect((await mailsTo('gone@example.fr')).map((mail) => mail.subject)).toEqual([
      'Votre compte Crossroads est ouvert',
    ]);
  });

  it('leaves out of the digest what waited for it when the member has since turned its kind off', async () => {
    const late = await account('late.off@example.fr', 'Nina', 'Caron');
    await t.sql(
      `INSERT INTO notification (recipient_id, kind, event, event_key, data, email_state, created_at)
       VALUES ($1, 'EDITION_DEADLINE', 'DEADLINE_SOON', 'late-off-test',
               '{"editionName": "Annecy 2030", "deadline": "submission", "date": "2030-01-20", "days": 10,
                 "path": "/festivals/annecy"}', 'DIGEST', '2030-01-09T12:00:00Z')`,
      [late.userId],
    );
    await ok(late.session, SETTINGS, {
      input: { preferences: [{ kind: 'EDITION_DEADLINE', delivery: 'OFF' }] },
    });
    await t.app.get(DigestJob).runOnce(new Date('2030-01-10T08:00:00Z'));
    expect(
      await t.sql(
        `SELECT kind, email_state FROM notification WHERE recipient_id = $1 AND kind <> 'ACCOUNT_DECIDED'`,
        [late.userId],
      ),
    ).toEqual([{ kind: 'EDITION_DEADLINE', email_state: 'SKIPPED' }]);
  });
});
