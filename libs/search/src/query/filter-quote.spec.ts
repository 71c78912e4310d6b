import { DEFAULT_FILTER_LIMITS, FilterError, FilterLimits, quote } from './filter-builder';

const FAMILY = '👨‍👩‍👧‍👦';

describe('quote', () => {
  it.each([
    ['plain', 'ACTOR', '"ACTOR"'],
    ['accented', 'Théâtre du Nord à Roubaix, façade', '"Théâtre du Nord à Roubaix, façade"'],
    ['apostrophes', "L'Étoile d'or", `"L'Étoile d'or"`],
    ['double quotes', 'Le "Fresnoy"', '"Le \\"Fresnoy\\""'],
    ['a backslash', 'a\\b', '"a\\\\b"'],
    ['a backslash before a quote', 'a\\"b', '"a\\\\\\"b"'],
    ['a trailing backslash', 'end\\', '"end\\\\"'],
    ['parentheses and brackets', 'x) OR (y [z]', '"x) OR (y [z]"'],
    ['the empty string', '', '""'],
  ])('quotes %s', (_label, value, expected) => {
    expect(quote(value)).toBe(expected);
  });

  it.each([
    'OR',
    'AND',
    'NOT',
    'TO',
    'IN',
    'EXISTS',
    'IS NULL',
    'IS NOT EMPTY',
    'CONTAINS',
    '_geoRadius(0, 0, 1)',
  ])('keeps the filter word %s inside the quotes', (word) => {
    expect(quote(word)).toBe(`"${word}"`);
    expect(quote(`a ${word} b`)).toBe(`"a ${word} b"`);
  });

  it('keeps emoji, ZWJ sequences and other Unicode as they are', () => {
    expect(quote('🎬 Ciné')).toBe('"🎬 Ciné"');
    expect(quote(FAMILY)).toBe(`"${FAMILY}"`);
    expect(quote('日本語 עברית \u00a0\u2028')).toBe('"日本語 עברית \u00a0\u2028"');
  });

  it('accepts up to maxValueLength characters and refuses more', () => {
    expect(quote('a'.repeat(200))).toBe(`"${'a'.repeat(200)}"`);
    expect(() => quote('a'.repeat(201))).toThrow(
      new FilterError('Filter value is longer than 200 characters'),
    );
    expect(() => quote('a'.repeat(100_000))).toThrow(FilterError);
  });

  it('counts length in code points, so 200 emoji still fit', () => {
    expect(quote('🎬'.repeat(200))).toBe(`"${'🎬'.repeat(200)}"`);
    expect(() => quote('🎬'.repeat(201))).toThrow(FilterError);
  });

  it('honours custom limits', () => {
    const limits: FilterLimits = { ...DEFAULT_FILTER_LIMITS, maxValueLength: 3 };
    expect(quote('abc', limits)).toBe('"abc"');
    expect(() => quote('abcd', limits)).toThrow(FilterError);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['newline', 'a\nb'],
    ['carriage return', 'a\rb'],
    ['tab', 'a\tb'],
    ['escape', '\u001b[31m'],
    ['unit separator', '\u001f'],
    ['DEL', 'a\u007fb'],
  ])('refuses the control character %s', (_label, value) => {
    expect(() => quote(value)).toThrow(new FilterError('Filter value contains a control character'));
  });

  it('refuses lone surrogates, which are not valid Unicode text', () => {
    expect(() => quote('a\ud83cb')).toThrow(FilterError);
    expect(() => quote('\udfac')).toThrow(FilterError);
    expect(() => quote('end\ud83c')).toThrow(FilterError);
  });

  it('refuses values that are not strings at run time', () => {
    expect(() => quote(42 as unknown as string)).toThrow(FilterError);
    expect(() => quote(undefined as unknown as string)).toThrow(FilterError);
  });
});
