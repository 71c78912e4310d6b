import { freePort, RunningMaildev, startEmbeddedMaildev } from '@crossroads/embedded';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTransport } from 'nodemailer';

interface InboxMail {
  subject: string;
}

/**
 * Two `npm start`s at the same moment on one machine (test files run side by side) both find maildev's usual
 * inbox port free; one catcher gets it and the other must move to a free port, never read its neighbour's inbox.
 */
describe('embedded mail catcher', () => {
  const dirs: string[] = [];
  const catchers: RunningMaildev[] = [];
  afterAll(async () => {
    await Promise.all(catchers.map((catcher) => catcher.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const start = (preferredWebPort: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'crossroads-test-maildev-'));
    dirs.push(dir);
    return startEmbeddedMaildev({
      mailDir: join(dir, 'mail'),
      logFile: join(dir, 'maildev.log'),
      preferredWebPort,
    });
  };

  it('gives two catchers started at once on one preferred port an inbox each', async () => {
    const port = await freePort();
    // The second looks once the first has checked the port and before its maildev has bound it (about a second).
    const first = start(port);
    await sleep(150);
    const started = await Promise.all([first, start(port)]);
    catchers.push(...started);
    const urls = started.map((catcher) => catcher.inboxUrl);
    expect(new Set(urls).size).toBe(2);
    expect(urls).toContain(`http://127.0.0.1:${port}`);

    for (const [index, catcher] of started.entries())
      await createTransport(catcher.smtpUrl).sendMail({
        from: 'crossroads@crossroads.test',
        to: 'someone@example.org',
        subject: `catcher ${index}`,
        text: 'hello',
      });
    for (const [index, catcher] of started.entries()) {
      const mails = (await (await fetch(`${catcher.inboxUrl}/api/email`)).json()) as InboxMail[];
      expect(mails.map((mail) => mail.subject)).toEqual([`catcher ${index}`]);
    }
  }, 60_000);
});
