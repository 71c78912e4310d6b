import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Every TypeScript file under `dir`, tests aside. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * `npm run start:dev` serves the web app from Vite's dev server, which proxies the API's paths: the staff import
 * (POST /import/:type) and the delegation downloads were missing, so in development the import answered 404
 * and the CSV and brochure downloads saved the web app's index.html.
 */
describe('the dev server’s proxy (apps/web/vite.config.mts)', () => {
  it('forwards every REST controller of the API, and GraphQL', () => {
    const config = readFileSync(join(ROOT, 'apps/web/vite.config.mts'), 'utf8');
    const proxy = config.match(/proxy: \{([^}]*)\}/)?.[1] ?? '';
    const proxied = [...proxy.matchAll(/'(\/[^']+)'/g)].map((match) => match[1]);
    const controllers = [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps/api'))].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/@Controller\('([^']+)'\)/g)].map((match) => `/${match[1]}`),
    );
    expect(controllers.length).toBeGreaterThan(0);
    expect(proxied.sort()).toEqual(expect.arrayContaining([...controllers, '/graphql'].sort()));
  });
});
