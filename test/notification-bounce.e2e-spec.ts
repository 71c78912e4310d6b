import { NotificationWriter } from '@crossroads/core';
import { GraphQLClient, signIn, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { once } from 'node:events';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';

const BOUNCED = `{ bouncedAccounts { edges { node { email emailBouncedAt emailBounceReason } } } }`;

/** A relay that refuses one mailbox for good (550 on RCPT TO), as real relays answer an unknown address. */
describe('bounced addresses', () => {
  let t: TestApp;
  let relay: SMTPServer;
  const accepted: string[] = [];

  beforeAll(async () => {
    relay = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onRcptTo(address, _session, callback) {
        if (address.address === 'member@example.org') {
          const error = new Error('5.1.1 No such mailbox') as Error & { responseCode: number };
          error.responseCode = 550;
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          accepted.push(...session.envelope.rcptTo.map((rcpt) => rcpt.address));
          callback();
        });
      },
    });
    relay.listen(0, '127.0.0.1');
    await once(relay.server, 'listening');
    const { port } = relay.server.address() as { port: number };
    t = await startTestApp(createApp, { SMTP_URL: `smtp://127.0.0.1:${port}`, NOTIFICATIONS_SENDER: 'true' });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => relay.close(() => resolve()));
  });

  it('records a refused address on the account, stops writing to it, and shows it to STAFF only', async () => {
    const [member] = await t.sql(`SELECT id FROM app_user WHERE email = 'member@example.org'`);
    const notify = (eventKey: string) =>
      t.app.get(DataSource).transaction((manager) =>
        t.app.get(NotificationWriter).notify(manager, [
          {
            recipientId: member.id as string,
            event: 'ACCOUNT_APPROVED',
            eventKey,
            params: {},
            path: '/me',
          },
        ]),
      );
    await notify('bounce-test:1');
    await waitFor(
      async () =>
        (await t.sql(`SELECT email_state FROM notification WHERE event_key = 'bounce-test:1'`))[0]
          .email_state === 'FAILED',
      20_000,
    );
    const [account] = await t.sql(
      `SELECT email_bounced_at, email_bounce_reason FROM app_user WHERE id = $1`,
      [member.id],
    );
    expect(account.email_bounced_at).not.toBeNull();
    expect(account.email_bounce_reason).toMatch(/550/);

    // The next mail to that address is not attempted.
    await notify('bounce-test:2');
    await waitFor(
      async () =>
        (await t.sql(`SELECT email_state, attempts FROM notification WHERE event_key = 'bounce-test:2'`))[0]
          .email_state === 'SKIPPED',
      20_000,
    );
    expect(accepted).toEqual([]);

    const staff = await signIn(t.graphql, 'staff@example.org');
    const seen = await t.graphql.request(BOUNCED, {}, staff.headers);
    expect(seen.data!.bouncedAccounts.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      expect.objectContaining({
        email: 'member@example.org',
        emailBounceReason: expect.stringMatching(/550/),
      }),
    ]);
    const self = await signIn(t.graphql, 'member@example.org');
    expect(GraphQLClient.codes(await t.graphql.request(BOUNCED, {}, self.headers))).toEqual(['FORBIDDEN']);
    const settings = await t.graphql.request(
      `{ myNotificationSettings { emailBouncedAt } }`,
      {},
      self.headers,
    );
    expect(settings.data!.myNotificationSettings.emailBouncedAt).not.toBeNull();
  });
});
