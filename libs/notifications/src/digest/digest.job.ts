import { parisDate, parisInstant, ScheduledJob } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DIGEST_KIND, DIGEST_MAX_ITEMS } from './digest-kind';

/**
 * Once a day, from DIGEST_HOUR in Paris, gathers each member's notifications waiting for the digest into one
 * digest notification (sent by the sender like any mail) and marks them DIGESTED, in one statement. A member
 * gets at most one digest per day; what arrives after it waits for the next. A deadline reminder says how many
 * days are left on the digest's day (a "3 days" reminder written the day before reads "2 days"). What waited for a
 * kind the member has since turned off is SKIPPED, not mailed.
 */
@Injectable()
export class DigestJob extends ScheduledJob {
  protected readonly name = 'daily digest';
  protected readonly lockKey = 7_303;

  protected async work(manager: EntityManager, now: Date): Promise<number> {
    const since = parisInstant(parisDate(now), this.config.DIGEST_HOUR);
    if (now < since) return 0;
    const rows = (await manager.query(
      `WITH turned_off AS (
         UPDATE notification n SET email_state = 'SKIPPED'
           FROM notification_preference p
          WHERE n.email_state = 'DIGEST' AND n.created_at <= $1
            AND p.user_id = n.recipient_id AND p.kind = n.kind AND p.delivery = 'OFF'
       ), due AS (
         SELECT n.recipient_id, array_agg(n.id ORDER BY n.id) AS ids
           FROM notification n
          WHERE n.email_state = 'DIGEST' AND n.created_at <= $1
            AND NOT EXISTS (SELECT 1 FROM notification_preference p
                             WHERE p.user_id = n.recipient_id AND p.kind = n.kind AND p.delivery = 'OFF')
            AND NOT EXISTS (SELECT 1 FROM notification d
                             WHERE d.recipient_id = n.recipient_id AND d.kind = $3 AND d.created_at >= $2)
          GROUP BY n.recipient_id
       ), gathered AS (
         UPDATE notification SET email_state = 'DIGESTED'
          WHERE id IN (SELECT unnest(ids) FROM due)
       )
       INSERT INTO notification (recipient_id, kind, event, event_key, data, created_at)
       SELECT due.recipient_id, $3, $3, 'digest:' || due.ids[array_length(due.ids, 1)],
              jsonb_build_object('total', array_length(due.ids, 1), 'items',
                (SELECT jsonb_agg(jsonb_build_object('event', x.event, 'params', CASE
                          -- A reminder counts its days from the digest's day, not from the day it was written.
                          WHEN x.data ? 'days' AND x.data ? 'date'
                          THEN (x.data - 'path') || jsonb_build_object('days', (x.data ->> 'date')::date - $5::date)
                          ELSE x.data - 'path' END,
                                                     'path', x.data ->> 'path') ORDER BY x.id)
                   FROM notification x WHERE x.id = ANY (due.ids[1:$4]))), $1
         FROM due
       ON CONFLICT (event_key, recipient_id) DO NOTHING
       RETURNING id`,
      [now, since, DIGEST_KIND, DIGEST_MAX_ITEMS, parisDate(now)],
    )) as unknown[];
    return rows.length;
  }
}
