import { FUNDS } from '../reference/funds.reference';
import { ProjectFormat } from '../shared/coproduction.enums';
import { BUDGET_BANDS } from './demo-vocabulary';
import { planCoproductionDemo } from './demo-plan';
import type { CoproductionDemoReference } from './demo-types';

const kinds = [
  'PRODUCTION',
  'ANIMATION',
  'GAME_STUDIO',
  'IMMERSIVE_XR',
  'DISTRIBUTION',
  'SALES_AGENT',
  'VFX',
];
const countries = ['FR', 'FR', 'FR', 'BE', 'DE', 'CA'];
const reference: CoproductionDemoReference = {
  companies: Array.from({ length: 120 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    slug: `company-${String(i).padStart(3, '0')}`,
    country: countries[i % countries.length],
    kinds: [kinds[i % kinds.length]],
    formats: [],
    sizeBand: 'SMALL',
  })),
  affiliations: [{ companyId: '00000000-0000-4000-8000-000000000000', personId: 'person-1' }],
  editions: [
    { id: 'ed-annecy-2026', festivalSlug: 'annecy', year: 2026, startsOn: '2026-06-21' },
    { id: 'ed-annecy-2027', festivalSlug: 'annecy', year: 2027, startsOn: '2027-06-20' },
    { id: 'ed-berlinale-2027', festivalSlug: 'berlinale', year: 2027, startsOn: '2027-02-11' },
  ],
};
const options = { seed: 2026, today: new Date('2026-12-01T00:00:00Z') };

describe('planCoproductionDemo', () => {
  const plan = planCoproductionDemo(reference, options);

  it('is deterministic', () => {
    expect(planCoproductionDemo(reference, options)).toEqual(plan);
    expect(planCoproductionDemo(reference, { ...options, seed: 7 })).not.toEqual(plan);
  });

  it('plans 150 projects across every format, owned by French companies', () => {
    expect(plan.projects).toHaveLength(150);
    expect(new Set(plan.projects.map((p) => p.format))).toEqual(new Set(Object.values(ProjectFormat)));
    const french = new Set(reference.companies.filter((c) => c.country === 'FR').map((c) => c.id));
    for (const p of plan.projects) expect(french.has(p.ownerCompanyId)).toBe(true);
    expect(new Set(plan.projects.map((p) => p.slug)).size).toBe(150);
  });

  it('keeps budgets in their format band and financing within the budget, with known funds', () => {
    const slugs = new Set(FUNDS.map((f) => f.slug));
    for (const p of plan.projects) {
      const [lo, hi] = BUDGET_BANDS[p.format];
      expect(p.budgetEur).toBeGreaterThanOrEqual(lo * 0.95);
      expect(p.budgetEur).toBeLessThanOrEqual(hi * 1.05);
      expect(p.financingSecuredEur).toBeLessThanOrEqual(p.budgetEur);
      for (const f of p.funds) expect(slugs.has(f.fund)).toBe(true);
    }
  });

  it('gives every foreign company a profile, and aims projects at the next edition', () => {
    const foreign = reference.companies.filter((c) => c.country !== 'FR').map((c) => c.id);
    const profiled = new Set(plan.profiles.map((p) => p.companyId));
    for (const id of foreign) expect(profiled.has(id)).toBe(true);
    const targets = plan.projects.flatMap((p) => p.targetEditionIds);
    expect(targets).not.toContain('ed-annecy-2026');
    for (const profile of plan.profiles) {
      expect(profile.budgetMaxEur).toBeGreaterThanOrEqual(profile.budgetMinEur);
      expect(profile.formats.length).toBeGreaterThan(0);
    }
  });

  it('has animated series in financing and animation partners attending Annecy', () => {
    expect(plan.projects.some((p) => p.format === 'ANIMATED_SERIES')).toBe(true);
    expect(
      plan.profiles.some(
        (p) =>
          p.formats.includes(ProjectFormat.ANIMATED_SERIES) &&
          p.attendingEditionIds.includes('ed-annecy-2027'),
      ),
    ).toBe(true);
  });
});
