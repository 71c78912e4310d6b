import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { AppConfig } from './app-config';
import { jwtSecretWeakness } from './jwt-secret';

/** Thrown when the environment cannot make a valid configuration; its message is one line for the operator. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'MEILI_URL', 'MEILI_API_KEY', 'MEILI_SEARCH_KEY'] as const;

function firstMessage(error: ValidationError): string {
  const constraint = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  return `${error.property}: ${constraint}`;
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
  // Links in mail point at this server unless told otherwise (npm start on another PORT included).
  if (env.PUBLIC_URL === undefined && !config.isProduction)
    config.PUBLIC_URL = `http://localhost:${config.PORT}`;
  if (config.isProduction) {
    const missing = REQUIRED_IN_PRODUCTION.filter((name) => !config[name]);
    if (missing.length > 0) {
      throw new ConfigError(
        `${missing.join(' and ')} must be set when NODE_ENV=production (nothing embedded starts in production)`,
      );
    }
    const weakness = jwtSecretWeakness(config.JWT_SECRET);
    if (weakness) throw new ConfigError(weakness);
    if (config.DEMO_DATA) throw new ConfigError('DEMO_DATA cannot be enabled when NODE_ENV=production');
    if (config.NOTIFICATIONS_EMAIL && !config.SMTP_URL) {
      throw new ConfigError(
        'SMTP_URL must be set when NODE_ENV=production (or set NOTIFICATIONS_EMAIL=false)',
      );
    }
    if (config.NOTIFICATIONS_EMAIL && env.PUBLIC_URL === undefined) {
      throw new ConfigError('PUBLIC_URL must be set when NODE_ENV=production: the links in mail point at it');
    }
  }
  return config;
}
