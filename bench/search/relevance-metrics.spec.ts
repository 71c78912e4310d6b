import { ndcg, reciprocalRank } from './relevance-metrics';

describe('relevance metrics', () => {
  const grades = { a: 3, b: 1 };

  it('scores the ideal ranking 1 and an empty one 0', () => {
    expect(ndcg(['a', 'b', 'x'], grades)).toBeCloseTo(1);
    expect(ndcg(['x', 'y'], grades)).toBe(0);
    expect(reciprocalRank(['a', 'b'], grades)).toBe(1);
    expect(reciprocalRank(['x', 'y'], grades)).toBe(0);
  });

  it('penalises the best answer below a mention', () => {
    // ideal DCG = 7 + 1/log2(3); swapped = 1 + 7/log2(3)
    const ideal = 7 + 1 / Math.log2(3);
    expect(ndcg(['b', 'a'], grades)).toBeCloseTo((1 + 7 / Math.log2(3)) / ideal);
    expect(reciprocalRank(['b', 'a'], grades)).toBe(0.5);
  });

  it('counts only the first k hits', () => {
    const ranked = [...Array.from({ length: 10 }, (_, i) => `x${i}`), 'a'];
    expect(ndcg(ranked, grades)).toBe(0);
    expect(reciprocalRank(ranked, grades)).toBe(0);
  });
});
