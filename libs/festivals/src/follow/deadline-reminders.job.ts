import { parisDate, ScheduledJob } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** How far ahead followers hear of a deadline: 14 days, then 3. */
export const REMINDER_DAYS = [14, 3] as const;

/**
 * Tells each follower of an edition that one of its deadlines (accreditation, submission) is 14 days away, then
 * 3 days away. A reminder is keyed by edition, deadline, date and step: a moved deadline is a new reminder, a
 * missed run catches up (a deadline 10 days away still gets its "14 days" step, saying 10).
 */
@Injectable()
export class DeadlineRemindersJob extends ScheduledJob {
  protected readonly name = 'deadline reminders';
  protected readonly lockKey = 7_301;

  protected async work(manager: EntityManager, now: Date): Promise<number> {
    const today = parisDate(now);
    const rows = (await manager.query(
      `INSERT INTO notification (recipient_id, kind, event, event_key, data)
       SELECT f.user_id, 'EDITION_DEADLINE', 'DEADLINE_SOON',
              'deadline:' || e.id || ':' || d.field || ':' || d.due || ':' ||
                CASE WHEN d.due - $1::date <= $3 THEN $3 ELSE $2 END,
              jsonb_build_object('editionName', fe.name || ' ' || e.year, 'deadline', d.field,
                'date', to_char(d.due, 'YYYY-MM-DD'), 'days', d.due - $1::date,
                'path', '/festivals/' || fe.slug || '/' || e.id)
         FROM festival_edition_follow f
         JOIN festival_edition e ON e.id = f.edition_id AND NOT e.cancelled
         JOIN festival fe ON fe.id = e.festival_id
         JOIN app_user u ON u.id = f.user_id AND u.status = 'ACTIVE'
         CROSS JOIN LATERAL (VALUES ('accreditation', e.accreditation_deadline),
                                    ('submission', e.submission_deadline)) AS d (field, due)
        WHERE d.due BETWEEN $1::date AND $1::date + $2
       ON CONFLICT (event_key, recipient_id) DO NOTHING
       RETURNING id`,
      [today, REMINDER_DAYS[0], REMINDER_DAYS[1]],
    )) as unknown[];
    return rows.length;
  }
}
