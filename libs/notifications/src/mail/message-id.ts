import { randomUUID } from 'node:crypto';

/** A Message-ID we choose ourselves, stored before sending so a retry after a crash reuses it. */
export function newMessageId(mailFrom: string): string {
  const domain = /@([^>\s]+)/.exec(mailFrom)?.[1] ?? 'crossroads.localhost';
  return `<${randomUUID()}@${domain}>`;
}
