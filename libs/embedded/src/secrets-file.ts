import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedSecrets {
  postgresPassword: string;
  meiliMasterKey: string;
  /** Signs access tokens when JWT_SECRET is not given (never in production). */
  jwtSecret: string;
}

const GENERATORS: Record<keyof EmbeddedSecrets, () => string> = {
  postgresPassword: () => randomBytes(18).toString('base64url'),
  meiliMasterKey: () => randomBytes(24).toString('base64url'),
  jwtSecret: () => randomBytes(48).toString('base64url'),
};

/**
 * Secrets of this machine's install, generated on the first start and kept in DATA_DIR/secrets.json (mode 600).
 * A secret an older file lacks is generated and added, the others kept.
 */
export function loadOrCreateSecrets(dataDir: string): EmbeddedSecrets {
  const file = join(dataDir, 'secrets.json');
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<EmbeddedSecrets>) : {};
  const missing = (Object.keys(GENERATORS) as (keyof EmbeddedSecrets)[]).filter((key) => !stored[key]);
  if (missing.length === 0) return stored as EmbeddedSecrets;
  const secrets = { ...stored } as EmbeddedSecrets;
  for (const key of missing) secrets[key] = GENERATORS[key]();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
