import { randomBytes } from 'node:crypto';

/**
 * Secrets that once shipped in this repository: anyone can read them, so no deployment may sign with them,
 * however long they are.
 */
const PUBLISHED_SECRETS = new Set(['crossroads-development-only-secret-never-in-production']);

/** Bits of Shannon entropy of the string as written (per-character frequencies times length). */
export function entropyBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const char of secret) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const count of counts.values()) {
    const p = count / secret.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * secret.length;
}

/** A pattern repeated (abcabc…, a doubled key): most of its character pairs occur more than once. */
function repeats(secret: string): boolean {
  const pairs = new Set<string>();
  for (let i = 0; i < secret.length - 1; i++) pairs.add(secret.slice(i, i + 2));
  return pairs.size < 0.75 * (secret.length - 1);
}

/** Why a secret is too weak to sign tokens in production, or null when it is strong enough. */
export function jwtSecretWeakness(secret: string | undefined): string | null {
  if (!secret) return 'JWT_SECRET must be set when NODE_ENV=production';
  if (PUBLISHED_SECRETS.has(secret))
    return 'JWT_SECRET is a value published in the repository: generate a new one';
  if (secret.length < 32) return 'JWT_SECRET must hold at least 32 characters';
  if (new Set(secret).size < 16 || entropyBits(secret) < 128 || repeats(secret))
    return 'JWT_SECRET is not random enough (generate one with: openssl rand -base64 48)';
  return null;
}

/** A fresh random secret: what `npm start` writes on its first start, and what a test app signs with. */
export function generateJwtSecret(): string {
  return randomBytes(48).toString('base64url');
}
