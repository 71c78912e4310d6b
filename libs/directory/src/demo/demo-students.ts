import { PersonKind, WorkFormat } from '../shared/directory.enums';
import type { Context, ProgrammeSlot } from './demo-context';
import { basePerson, creditTitle, PeopleState, periods, planLanguages } from './demo-person-base';
import type { DemoRandom, Weighted } from './demo-random';
import { craftLabels, lowerFirst } from './demo-text';
import type { DemoPerson } from './demo-types';

/** The demo students: spread over the programmes, living near their school, with a few student films. */

const STUDENT_FORMATS: Readonly<Record<string, WorkFormat>> = {
  games: WorkFormat.VIDEO_GAME,
  xr: WorkFormat.XR,
  'visual-arts': WorkFormat.VIDEO_ART,
  journalism: WorkFormat.DOCUMENTARY,
};

const STUDENT_MOBILITY: Weighted<number> = [
  [20, 20],
  [50, 35],
  [100, 25],
  [200, 10],
  [500, 10],
];

export function student(
  random: DemoRandom,
  ctx: Context,
  state: PeopleState,
  programme: ProgrammeSlot | null,
): DemoPerson {
  const school = programme ? ctx.schoolById.get(programme.schoolId) : undefined;
  const schoolCommune = school ? ctx.communeByName.get(school.city) : undefined;
  const commune = schoolCommune && random.chance(0.7) ? schoolCommune : ctx.communes.pick(random);
  const discipline = programme?.discipline ?? 'default';
  const pool = ctx.disciplineCrafts.get(discipline) ?? ctx.disciplineCrafts.get('default') ?? ctx.craftSlugs;
  const crafts = random.some(pool, 1, 2);
  const { person, female } = basePerson(random, ctx, state, {
    kinds: [PersonKind.STUDENT],
    crafts,
    commune,
    languages: planLanguages(random, 0.8, true),
    mobilityKm: random.weighted(STUDENT_MOBILITY),
  });
  person.schoolId = programme?.schoolId ?? null;
  person.programmeId = programme?.id ?? null;
  const graduationYear = random.int(2024, 2030);
  person.graduationYear = graduationYear;

  const maxYear = Math.min(graduationYear, ctx.todayYear);
  const creditCount = random.pick([0, 0, 1, 1, 2]);
  for (let k = 0; k < creditCount && maxYear >= 2005; k++) {
    const format = STUDENT_FORMATS[discipline] ?? WorkFormat.SHORT_FILM;
    person.credits.push({
      id: random.uuid(),
      title: creditTitle(random, format),
      year: random.int(Math.max(2005, maxYear - 3), maxYear),
      format,
      craftSlug: crafts[0] ?? null,
      companyId: null,
      companyName: null,
    });
  }
  person.credits.sort((a, b) => b.year - a.year);
  person.availability.push(
    ...periods(random, ctx, random.pick([0, 1, 1, 2]), [null, 'Stage / alternance', 'Stage de fin d’études']),
  );
  if (random.chance(0.3)) person.showreelUrl = `https://showreel.example/${person.slug}`;

  const label = crafts.length ? craftLabels(crafts[0], person.titleForm) : { fr: 'Image', en: 'Screen' };
  const title = programme?.title ?? 'Formation aux métiers de l’image';
  const studentFr = female ? 'Étudiante' : 'Étudiant';
  person.headline = `${random.chance(0.6) ? studentFr : 'Student'} — ${title}`.slice(0, 200);
  const bioFr = `${studentFr} en « ${title} » (promotion ${graduationYear}). Spécialité : ${lowerFirst(label.fr)}. J’habite à ${person.city}.`;
  const bioEn = `Student in "${title}" (class of ${graduationYear}), focusing on ${lowerFirst(label.en)}. Based in ${person.city}.`;
  const bios = random.int(1, 10);
  person.bioFr = bios <= 8 ? bioFr : null;
  person.bioEn = bios >= 5 ? bioEn : null;
  return person;
}
