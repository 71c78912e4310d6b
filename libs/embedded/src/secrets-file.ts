import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedSecrets {
  postgresPassword: string;
  meiliMasterKey: string;
}

/** Passwords of the embedded services, generated on the first start and kept in DATA_DIR. */
export function loadOrCreateSecrets(dataDir: string): EmbeddedSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, 'utf8')) as EmbeddedSecrets;
  }
  const secrets: EmbeddedSecrets = {
    postgresPassword: randomBytes(18).toString('base64url'),
    meiliMasterKey: randomBytes(24).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
