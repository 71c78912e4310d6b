import { freePort } from '@crossroads/embedded';
import {
  GraphQLClient,
  npmStartDataDir,
  NpmStartProcess,
  processesUsing,
  signIn,
  spawnNpmStart,
  waitFor,
} from '@crossroads/testing';
import ICAL from 'ical.js';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

interface InboxMail {
  id: string;
  subject: string;
  to: { address: string }[];
  text: string;
}

/**
 * The notification path a newcomer meets after `npm start`: staff invite the demo member to a delegation, the
 * invitation lands in the local mail catcher's inbox in French with a link that opens it, the bell counts it,
 * and the member's calendar feed is valid iCalendar listing the edition's deadlines.
 */
describe('npm start: mail, bell and calendar feed', () => {
  let dataDir: string;
  let port: number;
  let api: NpmStartProcess;
  let inbox: string;
  let graphql: GraphQLClient;

  beforeAll(async () => {
    dataDir = npmStartDataDir('crossroads-test-start-mail-');
    port = await freePort();
    // What `npm start` does first: build the web app (skipped when the build is up to date).
    execFileSync(process.execPath, ['scripts/build-web.cjs'], { cwd: ROOT, stdio: 'ignore' });
    api = spawnNpmStart(dataDir, port);
    inbox = await waitFor(
      async () => /mail inbox at (http:\/\/127\.0\.0\.1:\d+)/.exec(api.output())?.[1],
      90_000,
      200,
    );
    graphql = new GraphQLClient(`http://127.0.0.1:${port}/graphql`);
    await waitFor(
      async () => (await graphql.request('{ sites { totalCount } }').catch(() => null))?.data !== undefined,
      60_000,
      200,
    );
  }, 300_000);

  afterAll(async () => {
    await api.stop();
    // The mail catcher stops with the rest: nothing keeps running under the data dir.
    const left = processesUsing(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
    expect(left).toEqual([]);
  });

  it('mails the invitation to the local inbox in French, rings the bell, and serves a valid feed', async () => {
    const ok = (headers: Record<string, string>, query: string) =>
      graphql.ok(query, {}, headers).catch((error: Error) => {
        throw new Error(`${error.message}\n${api.output()}`, { cause: error });
      });
    const staff = (await signIn(graphql, 'staff@example.org')).headers;
    let member = (await signIn(graphql, 'member@example.org')).headers;
    const person = (
      await ok(
        staff,
        `mutation { createPerson(input: { firstName: "Camille", lastName: "Démo", kinds: [DIRECTOR] }) { id } }`,
      )
    ).createPerson.id;
    const claim = (await ok(member, `mutation { claimPerson(personId: "${person}") { id } }`)).claimPerson.id;
    await ok(staff, `mutation { decidePersonClaim(id: "${claim}", approve: true) { id } }`);
    member = (await signIn(graphql, 'member@example.org')).headers;

    const edition = (
      await ok({}, `{ festival(slug: "series-mania") { editions { id } } }`)
    ).festival.editions.at(-1).id as string;
    const delegation = (
      await ok(
        staff,
        `mutation { createDelegation(input: { editionId: "${edition}", name: "Délégation Hauts-de-France" }) { id } }`,
      )
    ).createDelegation.id;
    await ok(
      staff,
      `mutation { updateDelegation(id: "${delegation}", input: { status: PUBLISHED }) { id } }`,
    );
    const added = (
      await ok(
        staff,
        `mutation { addDelegationMember(input: { delegationId: "${delegation}", kind: PERSON, personId: "${person}" }) { id } }`,
      )
    ).addDelegationMember.id;
    await ok(
      staff,
      `mutation { setDelegationMemberStatus(input: { memberId: "${added}", status: INVITED }) { id } }`,
    );

    const mail = await waitFor(
      async () =>
        ((await (await fetch(`${inbox}/api/email`)).json()) as InboxMail[]).find(
          (m) =>
            m.to.some((to) => to.address === 'member@example.org') &&
            m.subject.startsWith('Invitation : délégation pour'),
        ),
      30_000,
      200,
    );
    expect(mail.text).toContain(
      'Vous êtes invité·e à rejoindre la délégation « Délégation Hauts-de-France »',
    );
    const link = /http:\/\/localhost:\d+\/me\/invitations/.exec(mail.text)![0];
    expect(link).toBe(`http://localhost:${port}/me/invitations`);
    const page = await fetch(link.replace('localhost', '127.0.0.1'), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const inboxPage = await fetch(inbox, { headers: { accept: 'text/html' } });
    expect(inboxPage.status).toBe(200);

    expect((await ok(member, `{ unreadNotificationCount }`)).unreadNotificationCount).toBeGreaterThanOrEqual(
      1,
    );
    const events = (
      await ok(member, `{ myNotifications(first: 10) { edges { node { event path } } } }`)
    ).myNotifications.edges.map((e: { node: { event: string } }) => e.node.event);
    expect(events).toContain('DELEGATION_INVITED');

    await ok(member, `mutation { followEdition(editionId: "${edition}") { id } }`);
    const feed = (await ok(member, `mutation { createCalendarFeed { url } }`)).createCalendarFeed
      .url as string;
    const response = await fetch(feed.replace('localhost', '127.0.0.1'));
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const summaries = calendar
      .getAllSubcomponents('vevent')
      .map((event: ICAL.Component) => String(event.getFirstPropertyValue('summary')));
    expect(summaries.some((summary) => /Series Mania/.test(summary))).toBe(true);
  }, 120_000);
});
