import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { AppConfig, DEVELOPMENT_JWT_SECRET } from './app-config';

/** Thrown when the environment cannot make a valid configuration; its message is one line for the operator. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'MEILI_URL'] as const;

function firstMessage(error: ValidationError): string {
  const constraint = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  return `${error.property}: ${constraint}`;
}

/** Too few distinct characters to be random (e.g. 'aaaa…' or 'abababab…'). */
function isWeakSecret(secret: string): boolean {
  return new Set(secret).size < 10;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const plain = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined),
  );
  const config = plainToInstance(AppConfig, plain, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration: ${errors.map(firstMessage).join('; ')}`);
  }
  if (config.isProduction) {
    const missing = REQUIRED_IN_PRODUCTION.filter((name) => !config[name]);
    if (missing.length > 0) {
      throw new ConfigError(
        `${missing.join(' and ')} must be set when NODE_ENV=production (nothing embedded starts in production)`,
      );
    }
    if (config.JWT_SECRET === DEVELOPMENT_JWT_SECRET || isWeakSecret(config.JWT_SECRET)) {
      throw new ConfigError(
        'JWT_SECRET must be set to a strong random value (32+ characters) when NODE_ENV=production',
      );
    }
    if (config.DEMO_DATA) throw new ConfigError('DEMO_DATA cannot be enabled when NODE_ENV=production');
    if (config.NOTIFICATIONS_EMAIL && !config.SMTP_URL) {
      throw new ConfigError(
        'SMTP_URL must be set when NODE_ENV=production (or set NOTIFICATIONS_EMAIL=false)',
      );
    }
  }
  return config;
}
