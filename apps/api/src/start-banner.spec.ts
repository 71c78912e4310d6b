import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PERSONAS } from '@crossroads/delegations/demo';
import { startBanner } from './start-banner';

describe('startBanner', () => {
  it('lists the web app, GraphQL, the mail inbox and the demo personas in one block', () => {
    const text = startBanner({
      webUrl: 'http://127.0.0.1:3000/',
      graphqlUrl: 'http://127.0.0.1:3000/graphql',
      mailInboxUrl: 'http://127.0.0.1:1080/',
      personas: [{ email: 'producer@example.org', tryEn: 'See partner matches' }],
      password: 'crossroads-demo',
    });
    expect(text).toContain('  Web app     http://127.0.0.1:3000/\n');
    expect(text).toContain('  GraphQL     http://127.0.0.1:3000/graphql\n');
    expect(text).toContain('  Mail inbox  http://127.0.0.1:1080/\n');
    expect(text).toContain(
      'Demo accounts (password crossroads-demo):\n  producer@example.org  See partner matches',
    );
  });

  it('leaves out the mail inbox and the personas when there are none', () => {
    const text = startBanner({ webUrl: 'http://h/', graphqlUrl: 'http://h/graphql' });
    expect(text).not.toMatch(/Mail inbox|Demo accounts/);
  });

  // The README says the first start prints "the accounts below": member@example.org was left out of the banner.
  it('lists every account of the README’s "Sign in as" table, in its order', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const table = readme.split('## Sign in as')[1].split('\n## ')[0];
    const emails = [...table.matchAll(/^\| `([^`]+@example\.org)`/gm)].map((match) => match[1]);
    expect(emails.length).toBeGreaterThan(0);
    expect(DEMO_PERSONAS.map((persona) => persona.email)).toEqual(emails);
  });
});
