import { COMMUNES } from '../commune/communes.data';
import { CRAFTS } from '../craft/crafts.data';
import { PersonKind, ProgrammeLevel, TitleForm } from '../shared/directory.enums';
import { distanceKm } from './demo-context';
import { monthAfter } from './demo-days';
import { FIRST_NAMES_BY_DECADE, FRENCH_SURNAMES, REGIONAL_SURNAMES } from './demo-names.data';
import { planDemoDirectory } from './demo-plan';
import { TOURCOING } from './demo-scale';
import type { DemoPerson, DemoPlan, DemoReference } from './demo-types';
import { isValidSiren } from '../shared/siren';

const TODAY = new Date('2026-05-14T09:30:00Z');
const fakeId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const commune = (name: string) => COMMUNES.find((c) => c.name === name)!;

const SCHOOL_CITIES = ['Valenciennes', 'Tourcoing', 'Roubaix', 'Lille', 'Amiens'];
const SCHOOLS = SCHOOL_CITIES.map((city, i) => ({ id: fakeId(100 + i), slug: `school-${i}`, city }));
const DISCIPLINES = ['animation', 'games', 'vfx', 'film', 'audiovisual', 'acting', 'design'];

function reference(realProgrammes: number): DemoReference {
  return {
    craftSlugs: CRAFTS.map((craft) => craft.slug),
    schools: SCHOOLS,
    programmes: Array.from({ length: realProgrammes }, (_, i) => ({
      id: fakeId(200 + i),
      schoolId: SCHOOLS[i % SCHOOLS.length].id,
      slug: `programme-${i}`,
      title: `Programme ${i}`,
      discipline: DISCIPLINES[i % DISCIPLINES.length],
    })),
    sites: [
      ['plaine-images', 'Tourcoing'],
      ['serre-numerique', 'Valenciennes'],
      ['arenberg-creative-mine', 'Wallers'],
    ].map(([slug, city], i) => ({
      id: fakeId(300 + i),
      slug,
      city,
      lat: commune(city).lat,
      lng: commune(city).lng,
    })),
  };
}

function take<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length === n) break;
    out.push(item);
  }
  return out;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isStudent = (person: DemoPerson) => person.kinds.includes(PersonKind.STUDENT);

describe('planDemoDirectory', () => {
  const REAL_PROGRAMMES = 7;
  let plan: DemoPlan;
  let people: DemoPerson[];

  beforeAll(() => {
    plan = planDemoDirectory(reference(REAL_PROGRAMMES), { seed: 42, today: TODAY });
    people = [...plan.people()];
  });

  describe('determinism', () => {
    it('gives the same companies and people for the same seed', () => {
      const again = planDemoDirectory(reference(REAL_PROGRAMMES), { seed: 42, today: TODAY });
      expect(again.companies.slice(0, 5)).toEqual(plan.companies.slice(0, 5));
      expect(again.programmes).toEqual(plan.programmes);
      expect(take(again.people(), 5)).toEqual(people.slice(0, 5));
      // A plan's people can be iterated again: same people.
      expect(take(plan.people(), 5)).toEqual(people.slice(0, 5));
    });

    it('gives other companies and people for another seed', () => {
      const other = planDemoDirectory(reference(REAL_PROGRAMMES), { seed: 43, today: TODAY });
      const otherPeople = take(other.people(), 5);
      for (let i = 0; i < 5; i++) {
        expect(other.companies[i].id).not.toBe(plan.companies[i].id);
        expect(otherPeople[i].id).not.toBe(people[i].id);
      }
      expect(other.companies.slice(0, 5).map((c) => c.slug)).not.toEqual(
        plan.companies.slice(0, 5).map((c) => c.slug),
      );
    });
  });

  describe('at scale 1', () => {
    it('has about 400 companies, 3,000 professionals and exactly 3,500 students', () => {
      expect(plan.companies.length).toBeGreaterThanOrEqual(380);
      expect(plan.companies.length).toBeLessThanOrEqual(420);
      const professionals = people.filter((p) => !isStudent(p)).length;
      expect(professionals).toBeGreaterThanOrEqual(2900);
      expect(professionals).toBeLessThanOrEqual(3100);
      expect(people.filter(isStudent)).toHaveLength(3500);
      expect(plan.counts).toEqual({
        companies: plan.companies.length,
        professionals,
        students: 3500,
        people: people.length,
        programmes: 60 - REAL_PROGRAMMES,
      });
    });

    it.each([0, 7, 23])('spreads the students over exactly 60 programmes given %i real ones', (real) => {
      const withReal = planDemoDirectory(reference(real), { seed: 42, today: TODAY });
      expect(withReal.programmes).toHaveLength(60 - real);
      expect(new Set(withReal.programmeIds).size).toBe(60);
      const schoolOf = new Map(
        [...reference(real).programmes, ...withReal.programmes].map((p) => [p.id, p.schoolId]),
      );
      const used = new Set<string | null>();
      const problems: string[] = [];
      let students = 0;
      for (const person of withReal.people()) {
        if (!isStudent(person)) continue;
        students++;
        used.add(person.programmeId);
        if (person.schoolId !== schoolOf.get(person.programmeId!)) problems.push(`${person.slug}: school`);
        if (person.graduationYear! < 2024 || person.graduationYear! > 2030)
          problems.push(`${person.slug}: year`);
        if (person.crafts.length === 0) problems.push(`${person.slug}: no craft`);
      }
      expect(problems).toEqual([]);
      expect(students).toBe(3500);
      expect(used.size).toBe(60);
      expect([...used].every((id) => withReal.programmeIds.includes(id!))).toBe(true);
    });

    it('makes demo programmes of real schools, with demo slugs and known levels', () => {
      const schoolIds = new Set(SCHOOLS.map((s) => s.id));
      const levels = new Set<string>(Object.values(ProgrammeLevel));
      for (const programme of plan.programmes) {
        expect(programme.slug).toMatch(/^demo-/);
        expect(programme.slug).toMatch(SLUG);
        expect(programme.slug.length).toBeLessThanOrEqual(120);
        expect(schoolIds.has(programme.schoolId)).toBe(true);
        expect(levels.has(programme.level)).toBe(true);
        expect(programme.discipline.length).toBeLessThanOrEqual(40);
        expect(programme.title.length).toBeLessThanOrEqual(200);
      }
      expect(new Set(plan.programmes.map((p) => p.slug)).size).toBe(plan.programmes.length);
    });

    it('uses unique kebab-case slugs and unique e-mails', () => {
      const personSlugs = people.map((p) => p.slug);
      const companySlugs = plan.companies.map((c) => c.slug);
      expect(new Set(personSlugs).size).toBe(people.length);
      expect(new Set(companySlugs).size).toBe(plan.companies.length);
      expect(
        [...personSlugs, ...companySlugs].filter((slug) => !SLUG.test(slug) || slug.length > 120),
      ).toEqual([]);
      const emails = people.map((p) => p.email);
      expect(new Set(emails).size).toBe(people.length);
      expect(emails.filter((email) => !/^[a-z0-9.-]+\.\d+@example\.org$/.test(email))).toEqual([]);
    });

    it('gives French companies valid unique SIRENs, foreign partners none (Belgium first)', () => {
      const french = plan.companies.filter((c) => c.country === 'FR');
      const foreign = plan.companies.filter((c) => c.country !== 'FR');
      expect(french.length).toBeGreaterThanOrEqual(280);
      expect(foreign.length).toBeGreaterThanOrEqual(90);
      for (const company of french) expect(isValidSiren(company.siren!)).toBe(true);
      expect(new Set(french.map((c) => c.siren)).size).toBe(french.length);
      for (const company of foreign) {
        expect(company.siren).toBeNull();
        expect(company.country).toMatch(/^[A-Z]{2}$/);
      }
      expect(foreign[0].country).toBe('BE');
      expect(foreign.filter((c) => c.country === 'BE').length).toBeGreaterThanOrEqual(35);
      expect(new Set(foreign.map((c) => c.country))).toEqual(
        new Set(['BE', 'DE', 'NL', 'LU', 'CA', 'ES', 'IT', 'GB', 'CH']),
      );
      // Some French companies are tenants of the sites.
      expect(french.filter((c) => c.siteId !== null).length).toBeGreaterThan(20);
      for (const company of plan.companies) {
        expect(company.website).toBe(`https://${company.slug}.example`);
        expect(company.kinds.length).toBeGreaterThanOrEqual(1);
        expect(company.formats.length).toBeGreaterThanOrEqual(1);
        expect(company.descriptionFr).not.toBe('');
        expect(company.descriptionEn).not.toBe('');
      }
    });

    it('links people only to known crafts and demo companies, within the expected ranges', () => {
      const crafts = new Set(CRAFTS.map((c) => c.slug));
      const companies = new Set(plan.companies.map((c) => c.id));
      const today = TODAY.toISOString().slice(0, 10);
      const inAYear = '2027-05-14';
      const problems: string[] = [];
      const check = (ok: boolean, person: DemoPerson, what: string) => {
        if (!ok) problems.push(`${person.slug}: ${what}`);
      };
      for (const person of people) {
        check(person.crafts.length >= 1 && person.crafts.length <= 3, person, 'craft count');
        check(person.crafts.filter((c) => c.isPrimary).length === 1, person, 'one primary craft');
        check(
          person.crafts.every((c) => crafts.has(c.craftSlug)),
          person,
          'unknown craft',
        );
        check(person.credits.length <= 6, person, 'credit count');
        for (const credit of person.credits) {
          check(credit.year >= 2005 && credit.year <= 2026, person, `credit year ${credit.year}`);
          check(!credit.companyId || companies.has(credit.companyId), person, 'credit company');
          check(!credit.craftSlug || crafts.has(credit.craftSlug), person, 'credit craft');
        }
        check(person.availability.length <= 3, person, 'availability count');
        for (const period of person.availability) {
          check(period.startsOn > today, person, `starts ${period.startsOn}`);
          check(period.endsOn >= period.startsOn, person, 'ends before it starts');
          check(period.endsOn <= inAYear, person, `ends ${period.endsOn}`);
        }
        check(person.affiliations.length <= 2, person, 'affiliation count');
        for (const affiliation of person.affiliations) {
          check(companies.has(affiliation.companyId), person, 'affiliation company');
          check(
            !affiliation.endsOn || affiliation.endsOn >= affiliation.startsOn!,
            person,
            'affiliation period',
          );
        }
        check(person.languages.length >= 1, person, 'no language');
        check(
          new Set(person.languages.map((l) => l.language)).size === person.languages.length,
          person,
          'languages',
        );
        check(person.lastReviewedOn <= today, person, 'reviewed in the future');
        const home = commune(person.city);
        check(
          Math.abs(person.lat - home.lat) <= 0.02 + 1e-9 && Math.abs(person.lng - home.lng) <= 0.02 + 1e-9,
          person,
          'coordinates far from the city',
        );
      }
      expect(problems).toEqual([]);
    });

    it('mixes kinds and crafts consistently', () => {
      const professionals = people.filter((p) => !isStudent(p));
      const share = (kind: PersonKind) =>
        professionals.filter((p) => p.kinds[0] === kind).length / professionals.length;
      expect(share(PersonKind.TECHNICIAN)).toBeGreaterThan(0.4);
      expect(share(PersonKind.TECHNICIAN)).toBeLessThan(0.5);
      expect(share(PersonKind.ACTOR)).toBeGreaterThan(0.12);
      expect(share(PersonKind.ACTOR)).toBeLessThan(0.18);
      const department = new Map(CRAFTS.map((c) => [c.slug, c.department]));
      const actors = professionals.filter((p) => p.kinds[0] === PersonKind.ACTOR);
      expect(
        actors.filter(
          (actor) =>
            !['performance', 'stunts-special-effects'].includes(department.get(actor.crafts[0].craftSlug)!) ||
            actor.playingAgeMin === null ||
            actor.playingAgeMax! <= actor.playingAgeMin,
        ),
      ).toEqual([]);
      const technicians = professionals.filter((p) => p.kinds[0] === PersonKind.TECHNICIAN);
      expect(technicians.filter((t) => department.get(t.crafts[0].craftSlug) === 'performance')).toEqual([]);
      const frenchNative = people.filter((p) =>
        p.languages.some((l) => l.language === 'fr' && l.level === 'NATIVE'),
      );
      expect(frenchNative.length / people.length).toBeGreaterThan(0.85);
      const english = professionals.filter((p) => p.languages.some((l) => l.language === 'en'));
      expect(english.length / professionals.length).toBeGreaterThan(0.5);
      expect(english.length / professionals.length).toBeLessThan(0.75);
      const consenting = people.filter((p) => p.consentDirectory).length / people.length;
      expect(consenting).toBeGreaterThan(0.9);
    });

    it('names people with common French first names of their birth decade, titles in a form fitting their sex', () => {
      const wrongName = people.filter(
        (p) => !FIRST_NAMES_BY_DECADE[p.birthDecade][p.sex].includes(p.firstName),
      );
      expect(wrongName).toEqual([]);
      const surnames = new Set([...FRENCH_SURNAMES, ...REGIONAL_SURNAMES]);
      expect(people.filter((p) => !surnames.has(p.lastName))).toEqual([]);
      expect(people.filter((p) => isStudent(p) && p.birthDecade !== '2000s')).toEqual([]);
      const inconsistent = people.filter(
        (p) =>
          (p.sex === 'F' && p.titleForm === TitleForm.MASCULINE) ||
          (p.sex === 'M' && p.titleForm === TitleForm.FEMININE),
      );
      expect(inconsistent).toEqual([]);
      const women = people.filter((p) => p.sex === 'F').length / people.length;
      expect(women).toBeGreaterThan(0.45);
      expect(women).toBeLessThan(0.55);
      const inclusive = people.filter((p) => p.titleForm === TitleForm.INCLUSIVE).length / people.length;
      expect(inclusive).toBeGreaterThan(0.1);
      expect(inclusive).toBeLessThan(0.2);
      // No invented medieval names left (issue 16).
      expect(
        people.filter((p) => /^(Bohémond|Sigebert|Adegrin|Arnaude|Gislebert|Anstrudie)$/.test(p.firstName)),
      ).toEqual([]);
    });

    it('answers the producer’s query: ≥ 8 English-speaking DoPs within 30 km of Tourcoing, free all next month', () => {
      const month = monthAfter(TODAY);
      expect(month).toEqual({ startsOn: '2026-06-01', endsOn: '2026-06-30' });
      const matches = people.filter(
        (p) =>
          p.crafts.some((c) => c.craftSlug === 'director-of-photography') &&
          p.languages.some(
            (l) => l.language === 'en' && (l.level === 'FLUENT' || l.level === 'PROFESSIONAL'),
          ) &&
          distanceKm(p, TOURCOING) <= 30 &&
          p.availability.some((a) => a.startsOn <= month.startsOn && a.endsOn >= month.endsOn),
      );
      expect(matches.length).toBeGreaterThanOrEqual(8);
      // …and they are listed publicly with their availability.
      expect(
        matches.filter((p) => p.consentDirectory && p.visibility.availability === 'PUBLIC').length,
      ).toBeGreaterThanOrEqual(8);
    });
  });

  describe('scale', () => {
    it('doubles companies and people at scale 2, every slug, e-mail and SIREN unique', () => {
      const double = planDemoDirectory(reference(REAL_PROGRAMMES), { seed: 42, scale: 2, today: TODAY });
      expect(double.companies).toHaveLength(plan.companies.length * 2);
      expect(double.counts.people).toBe(plan.counts.people * 2);
      expect(double.counts.students).toBe(7000);
      expect(double.programmes).toHaveLength(plan.programmes.length);
      // The first replica is the scale-1 plan.
      expect(double.companies.slice(0, 5)).toEqual(plan.companies.slice(0, 5));
      const all = [...double.people()];
      expect(all).toHaveLength(people.length * 2);
      expect(all.slice(0, 5)).toEqual(people.slice(0, 5));
      expect(new Set(all.map((p) => p.slug)).size).toBe(all.length);
      expect(new Set(all.map((p) => p.email)).size).toBe(all.length);
      expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
      expect(new Set(double.companies.map((c) => c.slug)).size).toBe(double.companies.length);
      const sirens = double.companies.filter((c) => c.siren).map((c) => c.siren);
      expect(new Set(sirens).size).toBe(sirens.length);
      expect(all.filter((p) => p.slug.length > 120)).toEqual([]);
    });

    it('avoids slugs and SIRENs already taken in the database', () => {
      const taken = planDemoDirectory(
        {
          ...reference(REAL_PROGRAMMES),
          taken: {
            personSlugs: [people[0].slug],
            companySlugs: [plan.companies[0].slug],
            sirens: [plan.companies[1].siren!],
          },
        },
        { seed: 42, today: TODAY },
      );
      expect(taken.companies.map((c) => c.slug)).not.toContain(plan.companies[0].slug);
      expect(taken.companies[1].siren).not.toBe(plan.companies[1].siren);
      expect(take(taken.people(), 1)[0].slug).toBe(`${people[0].slug}-2`);
    });

    it.each([0, 161, 1.5])('rejects scale %p', (scale) => {
      expect(() => planDemoDirectory(reference(1), { seed: 1, scale, today: TODAY })).toThrow(RangeError);
    });
  });
});
