import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-signed `userId.kind.signature`, so an unsubscribe link turns off one kind for one account only. */
export function signUnsubscribe(secret: string, userId: string, kind: string): string {
  return `${userId}.${kind}.${mac(secret, userId, kind)}`;
}

export function verifyUnsubscribe(secret: string, token: string): { userId: string; kind: string } | null {
  const parts = token.split('.');
  if (parts.length !== 3 || token.length > 200) return null;
  const [userId, kind, signature] = parts;
  const expected = Buffer.from(mac(secret, userId, kind));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind };
}

function mac(secret: string, userId: string, kind: string): string {
  return createHmac('sha256', `unsubscribe:${secret}`).update(`${userId}.${kind}`).digest('base64url');
}
