import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { kindOf, NotificationEvent } from './notification-kind';

/** Values a template shows (names, dates) and ids it links with; small and free of secrets. */
export type NotificationParams = Record<string, string | number | boolean | null>;

/** One event to tell. `eventKey` names the event so that writing it twice tells each recipient once. */
export interface NotificationMessage {
  event: NotificationEvent;
  /** Unique per event, e.g. `delegation-invited:<memberId>`; at most 200 characters. */
  eventKey: string;
  params: NotificationParams;
  /** Where the notification leads in the web app, e.g. `/me/invitations`. */
  path: string;
}

/** One thing to tell one account. */
export interface NotificationInput extends NotificationMessage {
  recipientId: string;
}

/** A set of accounts as SQL: a query selecting one column of app_user ids, with its positional parameters. */
export interface AccountsQuery {
  sql: string;
  params: unknown[];
}

/** Who leaves what others were told: a person's name as written (first and last) and the addresses that reached them. */
export interface ErasedMentions {
  name: string | null;
  emails: readonly (string | null)[];
}

function checkMessage(message: NotificationMessage): void {
  if (message.eventKey.length === 0 || message.eventKey.length > 200)
    throw new Error('notification eventKey must be 1-200 characters');
  if (!message.path.startsWith('/')) throw new Error('notification path must start with /');
}

/**
 * Records notifications. Call it with the manager of the transaction that makes the change, so the
 * notification commits (or rolls back) with it; the notifications lib delivers it afterwards.
 * Adding an event to a service is one call: `await writer.notify(manager, [{ ... }])`, or `notifyAccounts`
 * when the recipients are a query (an edition's followers, a company's members).
 * Idempotent per (event key, recipient): a repeated event is silently ignored.
 */
@Injectable()
export class NotificationWriter {
  async notify(manager: EntityManager, notifications: readonly NotificationInput[]): Promise<void> {
    if (notifications.length === 0) return;
    notifications.forEach(checkMessage);
    await manager.query(
      `INSERT INTO notification (recipient_id, kind, event, event_key, data)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
       ON CONFLICT (event_key, recipient_id) DO NOTHING`,
      [
        notifications.map((n) => n.recipientId),
        notifications.map((n) => kindOf(n.event)),
        notifications.map((n) => n.event),
        notifications.map((n) => n.eventKey),
        notifications.map((n) => JSON.stringify({ ...n.params, path: n.path })),
      ],
    );
  }

  /** Tells every account the query selects (duplicates and the actor's own account are the caller's choice). */
  async notifyAccounts(
    manager: EntityManager,
    accounts: AccountsQuery,
    message: NotificationMessage,
  ): Promise<number> {
    checkMessage(message);
    const n = accounts.params.length;
    const rows = (await manager.query(
      `INSERT INTO notification (recipient_id, kind, event, event_key, data)
       SELECT DISTINCT recipients.id, $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}::jsonb
         FROM (${accounts.sql}) AS recipients (id)
       ON CONFLICT (event_key, recipient_id) DO NOTHING
       RETURNING id`,
      [
        ...accounts.params,
        kindOf(message.event),
        message.event,
        message.eventKey,
        JSON.stringify({ ...message.params, path: message.path }),
      ],
    )) as unknown[];
    return rows.length;
  }

  /**
   * Takes a person out of notifications already written, for every reader: a membership request or claim names
   * them (`personName`), an accepted introduction gives their contact (`contactName`, `contactEmail`). The event
   * stays; the values give way to a flag (`personErased`, `contactErased`) each reader's language words. Matching
   * is by the name and addresses, so a namesake's notification is scrubbed too: erring on the erased side. The one
   * path for an account's erasure and for STAFF deleting a profile.
   */
  async forget(manager: EntityManager, { name, emails }: ErasedMentions): Promise<void> {
    const addresses = emails.filter((email): email is string => !!email).map((email) => email.toLowerCase());
    if (name) {
      await manager.query(
        `UPDATE notification SET data = (data - 'personName') || '{"personErased": true}'
          WHERE data->>'personName' = $1`,
        [name],
      );
    }
    await manager.query(
      `UPDATE notification
          SET data = (data - 'contactName' - 'contactEmail') || '{"contactErased": true}'
        WHERE lower(data->>'contactEmail') = ANY($1::text[]) OR data->>'contactName' = $2`,
      [addresses, name],
    );
  }
}
