import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('.data');
    expect(config.NODE_ENV).toBe('development');
    expect(config.usesEmbeddedServices).toBe(true);
  });

  it('reads and converts values', () => {
    const config = loadConfig({
      PORT: '4000',
      DATABASE_URL: 'postgres://u:p@localhost:5432/db',
      MEILI_URL: 'http://127.0.0.1:7700',
      OUTBOX_RELAY: 'false',
    });
    expect(config.PORT).toBe(4000);
    expect(config.OUTBOX_RELAY).toBe(false);
    expect(config.usesEmbeddedServices).toBe(false);
    expect(config.databaseUrl).toBe('postgres://u:p@localhost:5432/db');
  });

  it('says so when the database URL is read before the embedded services set it', () => {
    expect(() => loadConfig({}).databaseUrl).toThrow(/DATABASE_URL is not set/);
  });

  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://u:p@db:5432/crossroads',
    MEILI_URL: 'http://meili:7700',
    MEILI_API_KEY: 'indexing-key',
    MEILI_SEARCH_KEY: 'search-key',
    JWT_SECRET: 'f3b9c1d27e8a4b6c9d0e1f2a3b4c5d6e7f8091a2',
    SMTP_URL: 'smtp://relay:587',
    PUBLIC_URL: 'https://crossroads.example.org',
  };

  it.each(['DATABASE_URL', 'MEILI_URL', 'MEILI_API_KEY', 'MEILI_SEARCH_KEY'])(
    'refuses production without %s, naming it',
    (name) => {
      const env: NodeJS.ProcessEnv = { ...production };
      delete env[name];
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(new RegExp(`^${name} must be set`));
    },
  );

  it('requires PUBLIC_URL in production when mail is on, and points links at PORT otherwise', () => {
    expect(() => loadConfig({ ...production, PUBLIC_URL: undefined })).toThrow(/^PUBLIC_URL must be set/);
    expect(loadConfig({ NODE_ENV: 'development', PORT: '4123' }).PUBLIC_URL).toBe('http://localhost:4123');
  });

  it('requires SMTP_URL in production unless NOTIFICATIONS_EMAIL=false', () => {
    const env: NodeJS.ProcessEnv = { ...production, SMTP_URL: undefined };
    expect(() => loadConfig(env)).toThrow(/^SMTP_URL must be set/);
    expect(loadConfig({ ...env, NOTIFICATIONS_EMAIL: 'false' }).NOTIFICATIONS_EMAIL).toBe(false);
  });

  it('never uses embedded services or demo data in production', () => {
    const config = loadConfig(production);
    expect(config.usesEmbeddedServices).toBe(false);
    expect(config.seedsDemoData).toBe(false);
  });

  it.each([
    [{ JWT_SECRET: undefined }, /JWT_SECRET/],
    [{ JWT_SECRET: 'a'.repeat(40) }, /JWT_SECRET/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET/],
    [{ JWT_SECRET: 'crossroads-development-only-secret-never-in-production' }, /published in the repository/],
    [{ JWT_SECRET: '0123456789abcdef'.repeat(2) }, /not random enough/],
    [{ JWT_SECRET: 'abababababababababababababababababab' }, /not random enough/],
    [{ DEMO_DATA: 'true' }, /DEMO_DATA/],
  ])('refuses weak production settings %j', (override, pattern) => {
    expect(() => loadConfig({ ...production, ...override })).toThrow(pattern);
  });

  it('has no JWT secret of its own outside production: npm start generates one, tests bring theirs', () => {
    expect(loadConfig({}).JWT_SECRET).toBeUndefined();
  });

  it('seeds demo data in development unless DEMO_DATA=false', () => {
    expect(loadConfig({}).seedsDemoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'false' }).seedsDemoData).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ SEARCH_INDEX_PREFIX: 'Bad-Prefix' }, /SEARCH_INDEX_PREFIX/],
  ])('rejects %j with one line naming the variable', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(pattern);
  });
});
