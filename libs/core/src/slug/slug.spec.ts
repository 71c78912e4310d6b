import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Léa Dupré-Martin', 'lea-dupre-martin'],
    ['  Serre Numérique  ', 'serre-numerique'],
    ["L'École du Nord", 'l-ecole-du-nord'],
    ['🎬🎬', 'item'],
  ])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));
});
