/** Where the services of this test run are: set by the global setup, read by every test file. */
export interface TestServices {
  adminUrl: string;
  meiliUrl: string;
  meiliApiKey: string;
  meiliSearchKey: string;
  /** The run's mail catcher (maildev): SMTP, and its web inbox whose REST API lists caught mail. */
  smtpUrl?: string;
  mailUrl?: string;
}

export const TEMPLATE_DATABASE = 'crossroads_template';

const ENV = {
  adminUrl: 'CROSSROADS_TEST_ADMIN_URL',
  meiliUrl: 'CROSSROADS_TEST_MEILI_URL',
  meiliApiKey: 'CROSSROADS_TEST_MEILI_KEY',
  meiliSearchKey: 'CROSSROADS_TEST_MEILI_SEARCH_KEY',
  smtpUrl: 'CROSSROADS_TEST_SMTP_URL',
  mailUrl: 'CROSSROADS_TEST_MAIL_URL',
} as const;

export function publishTestServices(services: TestServices): void {
  for (const [key, name] of Object.entries(ENV)) {
    const value = services[key as keyof TestServices];
    if (value !== undefined) process.env[name] = value;
  }
}

export function testServices(): TestServices {
  const adminUrl = process.env[ENV.adminUrl];
  const meiliUrl = process.env[ENV.meiliUrl];
  if (!adminUrl || !meiliUrl)
    throw new Error('Test services are not running: run e2e tests through jest (npm test)');
  const meiliApiKey = process.env[ENV.meiliApiKey] ?? '';
  return {
    adminUrl,
    meiliUrl,
    meiliApiKey,
    meiliSearchKey: process.env[ENV.meiliSearchKey] || meiliApiKey,
    smtpUrl: process.env[ENV.smtpUrl],
    mailUrl: process.env[ENV.mailUrl],
  };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
