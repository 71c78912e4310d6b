import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the secret part of a feed's address. */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What a token looks like; anything else is not looked up. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The stored form of a token: a leaked table gives no working feed address. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
