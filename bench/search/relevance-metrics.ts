/** Rank-based relevance measures over graded judgements (grade 0 for anything not judged). */

const gain = (grade: number) => 2 ** grade - 1;

/** nDCG@k: discounted cumulative gain of the ranking over that of the ideal ranking of the judged answers. */
export function ndcg(ranked: string[], grades: Record<string, number>, k = 10): number {
  const dcg = (values: number[]) =>
    values.slice(0, k).reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(grades).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((slug) => grades[slug] ?? 0)) / ideal;
}

/** Reciprocal rank of the first hit carrying the query's best grade within the first k (0 if none). */
export function reciprocalRank(ranked: string[], grades: Record<string, number>, k = 10): number {
  const best = Math.max(...Object.values(grades));
  const at = ranked.slice(0, k).findIndex((slug) => (grades[slug] ?? 0) === best);
  return at < 0 ? 0 : 1 / (at + 1);
}

export const mean = (values: number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
