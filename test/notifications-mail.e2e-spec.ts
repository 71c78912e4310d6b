import { NotificationWriter } from '@crossroads/core';
import { freePort, maildevEntry } from '@crossroads/embedded';
import { startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';

interface CaughtMail {
  id: string;
  subject: string;
  to: { address: string }[];
  text: string;
  headers: Record<string, string>;
}

/**
 * Email through a real SMTP server: a maildev this file starts, kills and starts again on the same SMTP port (to
 * prove retries), which libs/embedded's starter (a fresh port each start, stopped with SIGTERM) does not offer.
 */
describe('notification mail', () => {
  let t: TestApp;
  let catcher: ChildProcess | undefined;
  let smtpPort: number;
  // Caught mail is kept on disk, so what arrived before the catcher was killed is still counted after.
  const mailDir = mkdtempSync(join(tmpdir(), 'crossroads-maildev-'));
  let webPort: number;
  let userId: string;
  let email: string;

  const startCatcher = async () => {
    catcher = spawn(
      process.execPath,
      [
        maildevEntry()!,
        '--smtp',
        String(smtpPort),
        '--ip',
        '127.0.0.1',
        '--web',
        String(webPort),
        '--web-ip',
        '127.0.0.1',
        '--mail-directory',
        mailDir,
        '--silent',
      ],
      { stdio: 'ignore' },
    );
    await waitFor(
      async () => (await fetch(`http://127.0.0.1:${webPort}/api/email`).catch(() => null))?.ok === true,
      60_000,
    );
  };
  const stopCatcher = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const exited = once(catcher!, 'exit');
    catcher!.kill(signal);
    await exited;
    catcher = undefined;
  };
  const caught = async (): Promise<CaughtMail[]> =>
    (await (await fetch(`http://127.0.0.1:${webPort}/api/email`)).json()) as CaughtMail[];
  const notify = (
    eventKey: string,
    params: Record<string, string> = { delegationName: 'Délégation test', editionName: 'Annecy 2027' },
  ) =>
    t.app
      .get(DataSource)
      .transaction((manager) =>
        t.app
          .get(NotificationWriter)
          .notify(manager, [
            { recipientId: userId, event: 'DELEGATION_INVITED', eventKey, params, path: '/me/invitations' },
          ]),
      );
  const row = async (eventKey: string) =>
    (
      await t.sql(
        'SELECT email_state, message_id, attempts, last_error FROM notification WHERE event_key = $1',
        [eventKey],
      )
    )[0];

  beforeAll(async () => {
    smtpPort = await freePort();
    webPort = await freePort();
    await startCatcher();
    t = await startTestApp(createApp, {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      NOTIFICATIONS_POLL_MS: '200',
      NOTIFICATIONS_SENDER: 'true',
      NOTIFICATIONS_MAX_BACKOFF_SECONDS: '2',
      PUBLIC_URL: 'http://crossroads.test',
    });
    const [user] = await t.sql(`SELECT id, email FROM app_user ORDER BY created_at LIMIT 1`);
    userId = user.id as string;
    email = user.email as string;
  });

  afterAll(async () => {
    await t?.close();
    if (catcher) await stopCatcher();
  });

  it('emails an invitation in French with its Message-ID recorded and a one-click unsubscribe', async () => {
    await notify('mail-test:invite');
    await waitFor(async () => (await row('mail-test:invite')).email_state === 'SENT');
    const [mail] = (await caught()).filter((m) => m.to.some((to) => to.address === email));
    expect(mail.subject).toBe('Invitation : délégation pour Annecy 2027');
    expect(mail.text).toContain('http://crossroads.test/me/invitations');
    expect(mail.headers['message-id']).toBe((await row('mail-test:invite')).message_id);
    // maildev's JSON leaves out the List-* headers: read them in the raw message.
    const raw = await (await fetch(`http://127.0.0.1:${webPort}/api/email/${mail.id}/source`)).text();
    const source = raw.replace(/\r?\n[ \t]+/g, ' ');
    expect(source).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    const unsubscribe = /^List-Unsubscribe: <(http[^>]+)>/m.exec(source)![1];
    const local = unsubscribe.replace('http://crossroads.test', t.baseUrl);

    const tampered = local.replace(/DELEGATION_INVITATION/, 'INTRODUCTION');
    const refused = await fetch(tampered, { method: 'POST' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('pas valide');
    expect((await fetch(local)).status).toBe(200);
    expect(await t.sql(`SELECT 1 FROM notification_preference WHERE user_id = $1`, [userId])).toHaveLength(0);

    expect((await fetch(local, { method: 'POST' })).status).toBe(200);
    const [preference] = await t.sql(
      `SELECT kind, delivery FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    expect(preference).toEqual({ kind: 'DELEGATION_INVITATION', delivery: 'OFF' });
    await notify('mail-test:after-unsubscribe');
    await waitFor(async () => (await row('mail-test:after-unsubscribe')).email_state === 'SKIPPED');
    await t.sql(`DELETE FROM notification_preference WHERE user_id = $1`, [userId]);
  });

  it('sends the same event once however often it is written', async () => {
    await notify('mail-test:twice');
    await notify('mail-test:twice');
    await waitFor(async () => (await row('mail-test:twice')).email_state === 'SENT');
    const { message_id: messageId } = await row('mail-test:twice');
    const all = await caught();
    expect(all.filter((m) => m.headers['message-id'] === messageId)).toHaveLength(1);
  });

  it('loses none of 200 mails when the catcher is killed while sending; repeats only mails in flight, same Message-ID', async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `mail-test:down-${i}`);
    const sent = async () =>
      (
        await t.sql(
          `SELECT count(*)::int AS n FROM notification WHERE event_key LIKE 'mail-test:down-%' AND email_state = 'SENT'`,
        )
      )[0].n as number;
    for (const key of keys.slice(0, 50)) await notify(key);
    await waitFor(async () => (await sent()) > 0, 60_000);
    await stopCatcher('SIGKILL');
    for (const key of keys.slice(50)) await notify(key);
    await waitFor(async () => (await row(keys[199])).last_error !== null, 120_000);
    expect(await sent()).toBeLessThan(200);
    const health = (await (await fetch(`${t.baseUrl}/health`)).json()) as {
      info: { mail: { pending: number; oldestAgeSeconds: number; failing: number } };
    };
    expect(health.info.mail.pending).toBeGreaterThanOrEqual(150);
    expect(health.info.mail.failing).toBeGreaterThanOrEqual(1);
    expect(health.info.mail.oldestAgeSeconds).toBeGreaterThan(0);

    await startCatcher();
    await waitFor(async () => (await sent()) === keys.length, 120_000);
    const ids = (
      await t.sql(`SELECT message_id FROM notification WHERE event_key LIKE 'mail-test:down-%'`)
    ).map((r) => r.message_id as string);
    expect(new Set(ids).size).toBe(200);
    const received = (await caught()).map((m) => m.headers['message-id']).filter((id) => ids.includes(id));
    expect(new Set(received).size).toBe(200);
    // A mail the catcher stored just before SIGKILL, whose 250 reply never came back, is sent again with its
    // Message-ID (mail clients collapse it): at most one per pooled SMTP connection, never more.
    expect(received.length - 200).toBeLessThanOrEqual(4);
  }, 360_000);
});
