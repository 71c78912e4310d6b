import { ProgrammeLevel } from '../shared/directory.enums';
import { slugify } from '../shared/slug';
import { Context, STREAM_PROGRAMMES, streamFaker } from './demo-context';
import { PROGRAMME_TEMPLATES } from './demo-programmes.data';
import { DemoRandom } from './demo-random';
import { PROGRAMMES_TOTAL } from './demo-scale';
import type { UniqueNames } from './demo-text';
import type { DemoProgramme, DemoSchoolRef } from './demo-types';

/** The demo programmes: real schools get invented programmes until there are PROGRAMMES_TOTAL in all. */

const DURATION: Record<ProgrammeLevel, number> = {
  [ProgrammeLevel.BAC_PLUS_2]: 2,
  [ProgrammeLevel.BAC_PLUS_3]: 3,
  [ProgrammeLevel.BAC_PLUS_5]: 5,
  [ProgrammeLevel.POST_MASTER]: 1,
  [ProgrammeLevel.DOCTORATE]: 3,
  [ProgrammeLevel.OTHER]: 1,
};

export function planProgrammes(ctx: Context, slugs: UniqueNames): DemoProgramme[] {
  const needed = Math.max(0, PROGRAMMES_TOTAL - ctx.programmes.length);
  if (needed === 0 || ctx.schools.length === 0) return [];
  const random = new DemoRandom(streamFaker(ctx.seed, 0, STREAM_PROGRAMMES));
  const schoolsByDiscipline = new Map<string, DemoSchoolRef[]>();
  for (const programme of ctx.programmes) {
    const list = schoolsByDiscipline.get(programme.discipline) ?? [];
    const school = ctx.schoolById.get(programme.schoolId)!;
    if (!list.includes(school)) list.push(school);
    schoolsByDiscipline.set(programme.discipline, list);
  }
  const templates = random.faker.helpers.shuffle([...PROGRAMME_TEMPLATES]);
  const programmes: DemoProgramme[] = [];
  for (let k = 0; k < needed; k++) {
    const template = templates[k % templates.length];
    const round = Math.floor(k / templates.length);
    const title = round === 0 ? template.title : `${template.title} — parcours ${round + 1}`;
    const sameDiscipline = schoolsByDiscipline.get(template.discipline);
    const school =
      sameDiscipline && random.chance(0.75) ? random.pick(sameDiscipline) : random.pick(ctx.schools);
    const international = ['games', 'vfx', 'xr', 'animation'].includes(template.discipline);
    programmes.push({
      id: random.uuid(),
      slug: slugs.take(slugify(`demo-${school.slug}-${title}`, 110)),
      schoolId: school.id,
      title,
      level: template.level,
      discipline: template.discipline,
      durationYears: template.level === ProgrammeLevel.OTHER ? random.int(1, 3) : DURATION[template.level],
      yearlyIntake: random.int(2, 18) * 5,
      languages: random.chance(international ? 0.4 : 0.1) ? ['fr', 'en'] : ['fr'],
    });
  }
  return programmes;
}
