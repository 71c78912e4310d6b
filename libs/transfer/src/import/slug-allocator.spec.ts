import { SlugAllocator } from './slug-allocator';

describe('SlugAllocator', () => {
  it('gives the base slug, then the smallest free -n, skipping slugs already stored', () => {
    const slugs = SlugAllocator.of(['lea-dupre', 'lea-dupre-3']);
    expect(['Léa Dupré', 'Léa Dupré', 'Léa Dupré', 'Karim Benali'].map((name) => slugs.take(name))).toEqual([
      'lea-dupre-2',
      'lea-dupre-4',
      'lea-dupre-5',
      'karim-benali',
    ]);
  });

  it('keeps exact slugs and never hands them out again', () => {
    const slugs = SlugAllocator.of([]);
    expect(slugs.take('camille-martin-2', true)).toBe('camille-martin-2');
    expect(['Camille Martin', 'Camille Martin', 'Camille Martin'].map((name) => slugs.take(name))).toEqual([
      'camille-martin',
      'camille-martin-3',
      'camille-martin-4',
    ]);
  });

  it('hands out 20,000 slugs for one name, each once', () => {
    const slugs = SlugAllocator.of([]);
    const taken = Array.from({ length: 20_000 }, () => slugs.take('Camille Martin'));
    expect(new Set(taken).size).toBe(20_000);
    expect(taken.at(-1)).toBe('camille-martin-20000');
  });
});
