import { NotificationWriter } from '@crossroads/core';
import { startTestApp, TestApp } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';

describe('notification writer', () => {
  let t: TestApp;
  let writer: NotificationWriter;
  let db: DataSource;
  let userId: string;

  const count = async (key: string) =>
    Number((await t.sql('SELECT count(*) AS n FROM notification WHERE event_key = $1', [key]))[0].n);

  beforeAll(async () => {
    t = await startTestApp(createApp);
    writer = t.app.get(NotificationWriter);
    db = t.app.get(DataSource);
    userId = (await t.sql('SELECT id FROM app_user ORDER BY created_at LIMIT 1'))[0].id as string;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('writes the notification in the transaction of the change, once per event and recipient', async () => {
    const input = {
      recipientId: userId,
      event: 'DELEGATION_INVITED' as const,
      eventKey: 'test:1',
      params: { a: 1 },
      path: '/me/invitations',
    };
    await db.transaction((manager) => writer.notify(manager, [input, input]));
    await db.transaction((manager) => writer.notify(manager, [input]));
    expect(await count('test:1')).toBe(1);
    const [row] = await t.sql(
      'SELECT kind, event, email_state, data FROM notification WHERE event_key = $1',
      ['test:1'],
    );
    expect(row).toEqual({
      kind: 'DELEGATION_INVITATION',
      event: 'DELEGATION_INVITED',
      email_state: 'PENDING',
      data: { a: 1, path: '/me/invitations' },
    });
  });

  it('rolls back with the change', async () => {
    const input = {
      recipientId: userId,
      event: 'INTRODUCTION_REQUESTED' as const,
      eventKey: 'test:2',
      params: {},
      path: '/',
    };
    await expect(
      db.transaction(async (manager) => {
        await writer.notify(manager, [input]);
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await count('test:2')).toBe(0);
  });

  it('refuses an empty or overlong event key', async () => {
    const input = {
      recipientId: userId,
      event: 'INTRODUCTION_REQUESTED' as const,
      eventKey: 'x'.repeat(201),
      params: {},
      path: '/',
    };
    await expect(db.transaction((manager) => writer.notify(manager, [input]))).rejects.toThrow();
  });
});
