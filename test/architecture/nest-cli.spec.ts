import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('nest-cli.json', () => {
  it('lists every lib under libs/ with its own source root', () => {
    const { projects } = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')) as {
      projects: Record<string, { type: string; sourceRoot: string }>;
    };
    const libraries = Object.entries(projects)
      .filter(([, project]) => project.type === 'library')
      .map(([name, project]) => `${name} ${project.sourceRoot}`)
      .sort();
    const onDisk = readdirSync(join(ROOT, 'libs'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${entry.name} libs/${entry.name}/src`)
      .sort();
    expect(libraries).toEqual(onDisk);
  });
});
