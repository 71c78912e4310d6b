import type { NotificationEvent } from '@crossroads/core';

/** The kind of a daily digest row: it gathers a member's DIGEST rows and is sent like any mail. */
export const DIGEST_KIND = 'DIGEST';

/** What a digest row holds: its first items (a mail stays readable) and how many it gathers. */
export interface DigestData {
  items: { event: NotificationEvent; params: Record<string, unknown>; path: string }[];
  total: number;
}

export const DIGEST_MAX_ITEMS = 50;
