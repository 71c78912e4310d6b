import type { PartnerMatchScore } from './partner-profile';
import { rankPartners, rankProjects } from './ranking';
import { BERLINALE, CONTEXTS, partner, project, RANKING_PROJECT, rankingPool } from './scorer.fixtures';
import { quickScore, scorePartner } from './scoring';

describe('rankPartners', () => {
  const pool = [
    partner({ companyId: 'c-mid', rolesOffered: ['SALES_AGENT'] }),
    partner({ companyId: 'b-top' }),
    partner({ companyId: 'a-top' }),
    partner({ companyId: 'owner' }),
    partner({ companyId: 'd-low', formats: ['XR'], seeksProjects: false }),
  ];

  it('sorts by score desc then companyId asc, and excludes the owner company', () => {
    const ranked = rankPartners(project(), pool, undefined, 10);
    expect(ranked.map((r) => r.companyId)).toEqual(['a-top', 'b-top', 'c-mid', 'd-low']);
    expect(ranked[0].score).toBe(ranked[1].score);
    expect(ranked[1].score).toBeGreaterThan(ranked[2].score);
  });

  it('is deterministic whatever the input order', () => {
    expect(rankPartners(project(), [...pool].reverse(), BERLINALE, 10)).toEqual(
      rankPartners(project(), pool, BERLINALE, 10),
    );
  });

  it.each([
    [2, 2],
    [0, 1],
    [-5, 1],
    [2.9, 2],
    [Number.NaN, 1],
    [1000, 4],
  ])('bounds first=%s to %s results', (first, count) => {
    expect(rankPartners(project(), pool, undefined, first)).toHaveLength(count);
  });

  it('caps first at 100', () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      partner({ companyId: `p-${String(i).padStart(3, '0')}` }),
    );
    expect(rankPartners(project(), many, undefined, 500)).toHaveLength(100);
  });

  it('favours partners attending the edition', () => {
    const pair = [
      partner({ companyId: 'a-absent', attendingEditionIds: [] }),
      partner({ companyId: 'z-attends' }),
    ];
    const order = (context?: typeof BERLINALE) =>
      rankPartners(project(), pair, context, 2).map((r) => r.companyId);
    expect(order(BERLINALE)).toEqual(['z-attends', 'a-absent']);
    expect(order()).toEqual(['a-absent', 'z-attends']);
  });

  it('keeps one entry per company id (its best score)', () => {
    const dupes = [partner({ companyId: 'x', formats: ['XR'] }), partner({ companyId: 'x' })];
    const ranked = rankPartners(project(), dupes, undefined, 10);
    expect(ranked).toHaveLength(1);
    expect(ranked[0].score).toBe(100);
  });

  it('explains only the partners it returns, as scoring every partner fully would', () => {
    const partners = rankingPool();
    for (const context of CONTEXTS) {
      const bestById = new Map<string, PartnerMatchScore>();
      for (const q of partners.filter((x) => x.companyId !== RANKING_PROJECT.ownerCompanyId)) {
        const scored = scorePartner(RANKING_PROJECT, q, context);
        const previous = bestById.get(q.companyId);
        if (!previous || scored.score > previous.score) bestById.set(q.companyId, scored);
      }
      const everyone = [...bestById.values()].sort(
        (a, b) => b.score - a.score || (a.companyId < b.companyId ? -1 : 1),
      );
      for (const first of [1, 5, 25, 100])
        expect(rankPartners(RANKING_PROJECT, partners, context, first)).toEqual(everyone.slice(0, first));
      for (const q of partners)
        expect(quickScore(RANKING_PROJECT, q, context)).toBe(scorePartner(RANKING_PROJECT, q, context).score);
    }
  });
});

describe('rankProjects (reverse query)', () => {
  it('ranks projects for a company with the same scorer, leaving out its own', () => {
    const projects = [
      project({ id: 'p-doc', format: 'DOCUMENTARY' }),
      project({ id: 'p-own', ownerCompanyId: 'de-1' }),
      project({ id: 'p-b' }),
      project({ id: 'p-a' }),
    ];
    const ranked = rankProjects(partner(), projects, undefined, 10);
    expect(ranked.map((r) => r.projectId)).toEqual(['p-a', 'p-b', 'p-doc']);
    expect(ranked[0]).toEqual({ projectId: 'p-a', ...scorePartner(project({ id: 'p-a' }), partner()) });
  });
});
