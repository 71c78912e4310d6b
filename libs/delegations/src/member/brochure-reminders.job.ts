import { parisDate, ScheduledJob } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { INVITEE_ACCOUNTS_SQL } from '../invitation/invitees';

/** How long before an edition its delegations' confirmed members are reminded to answer for the brochure. */
export const BROCHURE_REMINDER_DAYS = 21;

/**
 * A confirmed member who has not said whether they may appear in the brochure is reminded once, three weeks
 * before the edition (or at once when confirmed later than that).
 */
@Injectable()
export class BrochureRemindersJob extends ScheduledJob {
  protected readonly name = 'brochure reminders';
  protected readonly lockKey = 7_302;

  protected async work(manager: EntityManager, now: Date): Promise<number> {
    const rows = (await manager.query(
      `INSERT INTO notification (recipient_id, kind, event, event_key, data)
       SELECT DISTINCT ON (accounts.id, m.id) accounts.id, 'BROCHURE_REMINDER', 'BROCHURE_REMINDER',
              'brochure-reminder:' || m.id,
              jsonb_build_object('delegationName', d.name, 'editionName', fe.name || ' ' || e.year,
                'path', '/me/invitations')
         FROM delegation_member m
         JOIN delegation d ON d.id = m.delegation_id
         JOIN festival_edition e ON e.id = d.edition_id AND NOT e.cancelled
         JOIN festival fe ON fe.id = e.festival_id
         CROSS JOIN LATERAL (${INVITEE_ACCOUNTS_SQL.replace('$1', 'm.id')}) AS accounts (id)
        WHERE m.status = 'CONFIRMED' AND m.consent_brochure IS NULL
          AND e.starts_on BETWEEN $1::date AND $1::date + $2::int
       ON CONFLICT (event_key, recipient_id) DO NOTHING
       RETURNING id`,
      [parisDate(now), BROCHURE_REMINDER_DAYS],
    )) as unknown[];
    return rows.length;
  }
}
