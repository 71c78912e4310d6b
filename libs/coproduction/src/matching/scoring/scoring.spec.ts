import type { Criterion, PartnerMatchScore, PartnerProfile, ProjectProfile } from './partner-profile';
import {
  BERLINALE,
  CONTEXTS,
  EMPTY_PARTNER,
  partner,
  project,
  SCORED_PAIRS,
  WORST_PARTNER,
} from './scorer.fixtures';
import { quickScore, scorePartner } from './scoring';

const reason = (score: PartnerMatchScore, criterion: Criterion) =>
  score.reasons.find((r) => r.criterion === criterion)!;

describe('scorePartner', () => {
  it.each([
    ['without an edition (ATTENDANCE dropped, the rest rescaled)', undefined, 9],
    ['with an edition', BERLINALE, 10],
  ])('gives reason maxima summing to 100 %s', (_label, context, count) => {
    const score = scorePartner(project(), partner(), context);
    expect(score.reasons).toHaveLength(count);
    expect(score.reasons.reduce((sum, r) => sum + r.max, 0)).toBeCloseTo(100, 1);
    expect(score.reasons.some((r) => r.criterion === 'ATTENDANCE')).toBe(context !== undefined);
  });

  it.each(CONTEXTS)('gives 100 to a perfect partner (edition %p), with nothing missing', (context) => {
    const score = scorePartner(project(), partner(), context);
    expect(score).toMatchObject({ companyId: 'de-1', score: 100, missing: [] });
    for (const r of score.reasons) expect(r.points).toBeCloseTo(r.max, 5);
  });

  it('sums the points of the reasons, rounded', () => {
    for (const [, p, q] of SCORED_PAIRS) {
      const score = scorePartner(project(p), partner(q));
      expect(score.score).toBe(Math.round(score.reasons.reduce((sum, r) => sum + r.points, 0)));
    }
  });

  it('gives the ATTENDANCE points only to partners attending the edition', () => {
    const absent = scorePartner(project(), partner({ attendingEditionIds: ['ed-cannes-2026'] }), BERLINALE);
    expect(reason(scorePartner(project(), partner(), BERLINALE), 'ATTENDANCE').points).toBe(5);
    expect(reason(absent, 'ATTENDANCE')).toMatchObject({ points: 0, reason: { code: 'NOT_ATTENDING' } });
    expect(absent.score).toBe(95);
  });

  it('gathers the missing data of every criterion once, in the order of the reasons', () => {
    const score = scorePartner(project({ budgetEur: null }), partner(EMPTY_PARTNER), BERLINALE);
    expect(score.missing).toEqual([
      'PARTNER_FORMATS',
      'PARTNER_ROLES',
      'PARTNER_COUNTRY',
      'PROJECT_BUDGET',
      'PARTNER_BUDGET',
      'PARTNER_GENRES',
      'PARTNER_TRACK_RECORD',
      'PARTNER_LANGUAGES',
    ]);
  });

  it.each([
    ['the worst partner', WORST_PARTNER],
    ['the best partner', {}],
    ['an empty partner', EMPTY_PARTNER],
  ])('keeps the score an integer in 0..100 for %s', (_label, change: Partial<PartnerProfile>) => {
    const projects: Partial<ProjectProfile>[] = [{}, { stage: 'WRITING', budgetEur: null }, { budgetEur: 0 }];
    for (const context of CONTEXTS) {
      for (const p of projects) {
        const { score } = scorePartner(project(p), partner(change), context);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
    }
  });

  it('is deterministic: the same input gives the same output', () => {
    const [, p, q] = SCORED_PAIRS.find(([label]) => label === 'Belgian partner, interactive fund')!;
    expect(scorePartner(project(p), partner(q), BERLINALE)).toEqual(
      scorePartner(project(p), partner(q), BERLINALE),
    );
    expect(JSON.stringify(scorePartner(project(p), partner(q)))).toBe(
      JSON.stringify(scorePartner(project(p), partner(q))),
    );
  });
});

describe('quickScore', () => {
  it.each(SCORED_PAIRS)('gives the score of scorePartner for %s', (_label, p, q) => {
    for (const context of CONTEXTS)
      expect(quickScore(project(p), partner(q), context)).toBe(
        scorePartner(project(p), partner(q), context).score,
      );
  });
});
