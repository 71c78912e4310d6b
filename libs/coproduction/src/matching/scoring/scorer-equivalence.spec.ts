import { createHash } from 'node:crypto';
import type { PartnerMatchScore } from './partner-profile';
import { rankPartners } from './ranking';
import { POOL_RANKING_BEFORE, POOL_SCORES_BEFORE, SCORED_PAIRS_BEFORE } from './scorer-equivalence.data';
import { CONTEXTS, partner, project, RANKING_PROJECT, rankingPool, SCORED_PAIRS } from './scorer.fixtures';
import { quickScore, scorePartner } from './scoring';

/** A score as the data file holds it: points, codes and missing data in full, the parameters as a digest. */
const summary = (s: PartnerMatchScore): string =>
  [
    String(s.score),
    ...s.reasons.map((r) => `${r.criterion} ${r.points}/${r.max} ${r.reason.code}`),
    `missing ${s.missing.join(',') || '-'}`,
    `params ${createHash('sha256')
      .update(JSON.stringify(s.reasons.map((r) => r.reason.params)))
      .digest('hex')
      .slice(0, 12)}`,
  ].join(' | ');

describe('the scorer split into criteria gives the scores of the scorer before it', () => {
  it.each(SCORED_PAIRS)('for %s: same points, reason codes, parameters and missing data', (label, p, q) => {
    const now = CONTEXTS.map((context) => summary(scorePartner(project(p), partner(q), context)));
    expect(now).toEqual(SCORED_PAIRS_BEFORE[label]);
  });

  it('for every partner of the ranking pool, and ranks them in the same order', () => {
    const pool = rankingPool();
    CONTEXTS.forEach((context, i) => {
      expect(pool.map((q) => quickScore(RANKING_PROJECT, q, context)).join(' ')).toBe(POOL_SCORES_BEFORE[i]);
      const ranked = rankPartners(RANKING_PROJECT, pool, context, 100);
      expect(ranked.map((m) => `${m.companyId}:${m.score}`).join(' ')).toBe(POOL_RANKING_BEFORE[i]);
    });
  });
});
