import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationKind } from './notification-kind';

/** One thing to tell one account. `eventKey` names the event so that writing it twice tells it once. */
export interface NotificationInput {
  recipientId: string;
  kind: NotificationKind;
  /** Unique per event, e.g. `delegation-invitation:<memberId>`; at most 200 characters. */
  eventKey: string;
  /** What the template needs (names, ids for links); small and free of secrets. */
  data: Record<string, string | number | boolean | null>;
}

/**
 * Records notifications. Call it with the manager of the transaction that makes the change, so the
 * notification commits (or rolls back) with it; the notifications lib delivers it afterwards.
 * Adding an event to a service is one call: `await writer.notify(manager, [{ ... }])`.
 */
@Injectable()
export class NotificationWriter {
  async notify(manager: EntityManager, notifications: readonly NotificationInput[]): Promise<void> {
    if (notifications.length === 0) return;
    for (const n of notifications) {
      if (n.eventKey.length === 0 || n.eventKey.length > 200)
        throw new Error('notification eventKey must be 1-200 characters');
    }
    // Idempotent per (event key, recipient): a repeated event is silently ignored.
    await manager.query(
      `INSERT INTO notification (recipient_id, kind, event_key, data)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[])
       ON CONFLICT (event_key, recipient_id) DO NOTHING`,
      [
        notifications.map((n) => n.recipientId),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.eventKey),
        notifications.map((n) => JSON.stringify(n.data)),
      ],
    );
  }
}
