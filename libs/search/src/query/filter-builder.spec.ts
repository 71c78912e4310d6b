import { DEFAULT_FILTER_LIMITS, FilterBuilder, FilterError, FilterLimits, quote } from './filter-builder';

const FAMILY = '👨‍👩‍👧‍👦';

/**
 * Reference reader for `attribute IN ["…", "…"]`: a backslash takes the next character literally, a bare double
 * quote ends the value. Only \\ and \" are accepted, since Meilisearch would read any other escape (\n, \x20…)
 * as something else.
 */
function parseInList(filter: string, attribute: string): string[] {
  const prefix = `${attribute} IN [`;
  if (!filter.startsWith(prefix) || !filter.endsWith(']')) throw new Error(`not an IN list: ${filter}`);
  const body = filter.slice(prefix.length, -1);
  const values: string[] = [];
  let i = 0;
  while (i < body.length) {
    if (body[i] !== '"') throw new Error(`expected a quote at ${i}`);
    i++;
    let value = '';
    for (;;) {
      if (i >= body.length) throw new Error('unterminated value');
      const char = body[i];
      if (char === '"') break;
      if (char === '\\') {
        const next = body[i + 1];
        if (next !== '\\' && next !== '"') throw new Error(`unexpected escape at ${i}`);
        value += next;
        i += 2;
      } else {
        value += char;
        i++;
      }
    }
    values.push(value);
    i++;
    if (i === body.length) break;
    if (body.slice(i, i + 2) !== ', ') throw new Error(`expected a separator at ${i}`);
    i += 2;
  }
  return values;
}

function filterError(run: () => unknown): FilterError {
  try {
    run();
  } catch (error) {
    if (error instanceof FilterError) return error;
    throw error;
  }
  throw new Error('expected a FilterError');
}

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
    expect(filterError(() => quote('a'.repeat(201))).message).toBe(
      'Filter value is longer than 200 characters',
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
    expect(filterError(() => quote(value)).message).toBe('Filter value contains a control character');
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

describe('FilterBuilder', () => {
  it('builds nothing when empty', () => {
    const builder = new FilterBuilder(['kinds']);
    expect(builder.build()).toBeUndefined();
    expect(builder.clauses()).toEqual([]);
  });

  describe('anyOf', () => {
    it('writes an IN list of quoted values', () => {
      expect(new FilterBuilder(['kinds']).anyOf('kinds', ['ACTOR', 'DIRECTOR']).build()).toBe(
        'kinds IN ["ACTOR", "DIRECTOR"]',
      );
    });

    it('adds nothing for an empty or missing list, even on an attribute the index lacks', () => {
      const builder = new FilterBuilder(['kinds']).anyOf('kinds', []).anyOf('kinds', undefined);
      builder.anyOf('crafts', undefined).anyOf('crafts', []);
      expect(builder.build()).toBeUndefined();
    });

    it('keeps injection attempts inside the quotes', () => {
      expect(
        new FilterBuilder(['city']).anyOf('city', ['Lille"] OR kinds EXISTS OR city IN ["x']).build(),
      ).toBe('city IN ["Lille\\"] OR kinds EXISTS OR city IN [\\"x"]');
    });

    it('accepts maxValuesPerList values and refuses more', () => {
      const fifty = Array.from({ length: 50 }, (_, i) => `v${i}`);
      expect(new FilterBuilder(['kinds']).anyOf('kinds', fifty).clauses()).toHaveLength(1);
      expect(filterError(() => new FilterBuilder(['kinds']).anyOf('kinds', [...fifty, 'x'])).message).toBe(
        'Too many values for "kinds" (at most 50)',
      );
    });

    it('names the attribute when a value is refused', () => {
      expect(filterError(() => new FilterBuilder(['kinds']).anyOf('kinds', ['ok', 'a\nb'])).message).toBe(
        'Value for "kinds" contains a control character',
      );
      expect(() => new FilterBuilder(['kinds']).anyOf('kinds', ['x'.repeat(201)])).toThrow(FilterError);
      expect(() => new FilterBuilder(['kinds']).anyOf('kinds', [1 as unknown as string])).toThrow(
        FilterError,
      );
    });

    it('uses the maxValueLength of its limits', () => {
      const builder = new FilterBuilder(['kinds'], { ...DEFAULT_FILTER_LIMITS, maxValueLength: 5 });
      expect(() => builder.anyOf('kinds', ['sixsix'])).toThrow(FilterError);
    });

    it('returns every nasty value unchanged through a reference tokenizer (round trip)', () => {
      const nasty = [
        '',
        ' ',
        '"',
        '\\',
        '\\\\',
        '\\"',
        '"\\',
        '\\\\"',
        'a" OR kinds = "b',
        '") OR (1=1',
        'x\\", "y',
        '", "',
        ']',
        '[',
        ',',
        "'",
        "L'Étoile",
        'façade é ç',
        '\\n',
        '\\u{41}\\x20',
        'kinds IN ["ACTOR"]',
        'NOT EXISTS',
        'IS NULL',
        'TO',
        '🎬',
        FAMILY,
        '\u202eevil',
        'end\\',
        'z'.repeat(200),
      ];
      const filter = new FilterBuilder(['tags']).anyOf('tags', nasty).build()!;
      expect(parseInList(filter, 'tags')).toEqual(nasty);
    });

    it('round-trips every value on its own as well', () => {
      for (const value of ['\\"]', '"\\"', '\\\\\\', 'a"b"c', FAMILY]) {
        const filter = new FilterBuilder(['tags']).anyOf('tags', [value]).build()!;
        expect(parseInList(filter, 'tags')).toEqual([value]);
      }
    });
  });

  describe('attribute allow-list', () => {
    it.each([
      'kinds OR 1=1',
      'kinds)',
      '(kinds',
      '"kinds"',
      'kinds ',
      ' kinds',
      'Kinds',
      'kinds IN ["x"] OR kinds',
      '_geo',
      '_geoRadius',
      '',
    ])('refuses the unlisted attribute %j', (attribute) => {
      const error = filterError(() => new FilterBuilder(['kinds']).anyOf(attribute, ['ACTOR']));
      expect(error.message).toMatch(/^Unknown filter attribute "/);
    });

    it('refuses a listed attribute that is not a plain name', () => {
      const listed = ['kinds OR 1=1', 'kinds)', '"kinds"', '1kinds', 'ki-nds', 'kïnds'];
      const builder = new FilterBuilder(listed);
      for (const attribute of listed) {
        expect(filterError(() => builder.equals(attribute, 'x')).message).toMatch(
          /^Invalid filter attribute/,
        );
      }
    });

    it('refuses filter keywords and _geo names even when listed', () => {
      const listed = ['_geo', '_geoRadius', '_geoPoint', 'IN', 'OR', 'EXISTS', 'NULL'];
      const builder = new FilterBuilder(listed);
      for (const attribute of listed) {
        expect(filterError(() => builder.equals(attribute, 1)).message).toMatch(/^Reserved filter attribute/);
      }
    });

    it('accepts dotted and underscored names when listed', () => {
      const builder = new FilterBuilder(['address.city', '_private', 'or']);
      builder.equals('address.city', 'Lille').equals('_private', false).equals('or', 1);
      expect(builder.build()).toBe('address.city = "Lille" AND _private = false AND or = 1');
    });

    it('bounds and escapes the attribute echoed in the message', () => {
      const message = filterError(() => new FilterBuilder([]).equals(`a\n"${'b'.repeat(100)}`, 1)).message;
      expect(message).not.toContain('\n');
      expect(message.length).toBeLessThan(80);
    });

    it('is not affected by later changes to the array it was given', () => {
      const allowed = ['kinds'];
      const builder = new FilterBuilder(allowed);
      allowed.push('city');
      expect(() => builder.equals('city', 'Lille')).toThrow(FilterError);
    });
  });

  describe('allOf', () => {
    it('requires every value, one clause each', () => {
      const builder = new FilterBuilder(['tags', 'availableDays']);
      builder.allOf('tags', ['doc', 'court métrage']).allOf('availableDays', [20100, 20101]);
      expect(builder.build()).toBe(
        'tags = "doc" AND tags = "court métrage" AND availableDays = 20100 AND availableDays = 20101',
      );
      expect(builder.clauses()).toHaveLength(4);
    });

    it('adds nothing for an empty or missing list', () => {
      expect(new FilterBuilder([]).allOf('tags', []).allOf('tags', undefined).build()).toBeUndefined();
    });

    it('refuses lists over the limit, non-finite numbers and bad strings', () => {
      const builder = new FilterBuilder(['tags']);
      expect(() =>
        builder.allOf(
          'tags',
          Array.from({ length: 51 }, (_, i) => i),
        ),
      ).toThrow(FilterError);
      expect(() => builder.allOf('tags', [1, NaN])).toThrow(FilterError);
      expect(() => builder.allOf('tags', ['a', 'b\u0000'])).toThrow(FilterError);
      expect(builder.build()).toBeUndefined();
    });
  });

  describe('equals', () => {
    it('writes strings quoted, numbers and booleans bare', () => {
      const builder = new FilterBuilder(['city', 'year', 'public', 'ratio']);
      builder
        .equals('city', 'Lille "centre"')
        .equals('year', 2024)
        .equals('public', true)
        .equals('ratio', -0.5);
      expect(builder.build()).toBe(
        'city = "Lille \\"centre\\"" AND year = 2024 AND public = true AND ratio = -0.5',
      );
    });

    it('adds nothing for undefined', () => {
      expect(new FilterBuilder(['city']).equals('city', undefined).build()).toBeUndefined();
    });

    it.each([NaN, Infinity, -Infinity, 1e21, -1e300])('refuses the number %p', (value) => {
      expect(() => new FilterBuilder(['year']).equals('year', value)).toThrow(FilterError);
    });

    it('refuses other types at run time', () => {
      expect(() => new FilterBuilder(['year']).equals('year', {} as unknown as number)).toThrow(FilterError);
    });
  });

  describe('range', () => {
    it('writes one clause per bound given', () => {
      expect(new FilterBuilder(['year']).range('year', 1990, 2000).build()).toBe(
        'year >= 1990 AND year <= 2000',
      );
      expect(new FilterBuilder(['year']).range('year', 1990).build()).toBe('year >= 1990');
      expect(new FilterBuilder(['year']).range('year', undefined, 2000.5).build()).toBe('year <= 2000.5');
      expect(new FilterBuilder(['year']).range('year', -5, -5).build()).toBe('year >= -5 AND year <= -5');
      expect(new FilterBuilder(['year']).range('year').build()).toBeUndefined();
    });

    it.each([
      [NaN, undefined],
      [undefined, NaN],
      [-Infinity, 0],
      [0, Infinity],
      [1e21, undefined],
    ])('refuses the bounds %p, %p', (min, max) => {
      expect(() => new FilterBuilder(['year']).range('year', min, max)).toThrow(FilterError);
    });

    it('refuses a minimum above the maximum and adds nothing', () => {
      const builder = new FilterBuilder(['year']);
      expect(filterError(() => builder.range('year', 2000, 1990)).message).toBe(
        'Range for "year" has its minimum above its maximum',
      );
      expect(builder.build()).toBeUndefined();
    });

    it('checks the attribute', () => {
      expect(() => new FilterBuilder(['year']).range('year >= 0 OR year', 1)).toThrow(FilterError);
    });
  });

  describe('geoRadius', () => {
    it('writes a _geoRadius clause', () => {
      expect(new FilterBuilder([]).geoRadius(50.72, 3.16, 30000).build()).toBe(
        '_geoRadius(50.72, 3.16, 30000)',
      );
      expect(new FilterBuilder([]).geoRadius(-90, 180, 2_000_000).build()).toBe(
        '_geoRadius(-90, 180, 2000000)',
      );
      expect(new FilterBuilder([]).geoRadius(90, -180, 0.5).build()).toBe('_geoRadius(90, -180, 0.5)');
    });

    it.each([
      [NaN, 3, 1000],
      [50, NaN, 1000],
      [50, 3, NaN],
      [Infinity, 3, 1000],
      [50, -Infinity, 1000],
      [50, 3, Infinity],
    ])('refuses the non-finite input (%p, %p, %p)', (lat, lng, radius) => {
      expect(() => new FilterBuilder([]).geoRadius(lat, lng, radius)).toThrow(FilterError);
    });

    it.each([
      [90.0001, 3, 1000],
      [-91, 3, 1000],
      [50, 180.5, 1000],
      [50, -181, 1000],
      [50, 3, 0],
      [50, 3, -1],
      [50, 3, 2_000_001],
    ])('refuses the out-of-range input (%p, %p, %p)', (lat, lng, radius) => {
      expect(() => new FilterBuilder([]).geoRadius(lat, lng, radius)).toThrow(FilterError);
    });
  });

  describe('or', () => {
    it('groups alternatives in parentheses', () => {
      const filter = new FilterBuilder(['kinds', 'city'])
        .anyOf('kinds', ['ACTOR'])
        .or(
          new FilterBuilder(['city']).equals('city', 'Lille'),
          new FilterBuilder(['city']).equals('city', 'Roubaix'),
        )
        .build();
      expect(filter).toBe('kinds IN ["ACTOR"] AND (city = "Lille" OR city = "Roubaix")');
    });

    it('wraps a compound alternative in its own parentheses', () => {
      const filter = new FilterBuilder([])
        .or(
          new FilterBuilder(['city', 'year']).equals('city', 'Lille').range('year', 2000, 2010),
          new FilterBuilder([]).geoRadius(50.63, 3.06, 5000),
        )
        .build();
      expect(filter).toBe(
        '((city = "Lille" AND year >= 2000 AND year <= 2010) OR _geoRadius(50.63, 3.06, 5000))',
      );
    });

    it('nests groups', () => {
      const inner = new FilterBuilder(['a', 'b']).or(
        new FilterBuilder(['a']).equals('a', 1),
        new FilterBuilder(['b']).equals('b', 2),
      );
      const filter = new FilterBuilder(['c'])
        .or(inner.equals('a', 3), new FilterBuilder(['c']).equals('c', true))
        .build();
      expect(filter).toBe('(((a = 1 OR b = 2) AND a = 3) OR c = true)');
    });

    it('leaves out empty alternatives and flattens a single remaining one', () => {
      const lille = new FilterBuilder(['city']).equals('city', 'Lille');
      expect(new FilterBuilder([]).or(new FilterBuilder([]), lille).build()).toBe('city = "Lille"');
      expect(new FilterBuilder([]).or(new FilterBuilder([]), new FilterBuilder([])).build()).toBeUndefined();
      expect(new FilterBuilder([]).or().build()).toBeUndefined();
    });

    it('copies the alternatives at call time', () => {
      const alternative = new FilterBuilder(['city']).equals('city', 'Lille');
      const builder = new FilterBuilder([]).or(
        alternative,
        new FilterBuilder(['city']).equals('city', 'Arras'),
      );
      alternative.equals('city', 'Douai');
      expect(builder.build()).toBe('(city = "Lille" OR city = "Arras")');
    });
  });

  describe('clause limit', () => {
    it('accepts maxClauses clauses and refuses more', () => {
      const builder = new FilterBuilder(['n']);
      builder.allOf(
        'n',
        Array.from({ length: 30 }, (_, i) => i),
      );
      expect(builder.clauses()).toHaveLength(30);
      builder.equals('n', 30);
      expect(filterError(() => builder.build()).message).toBe('Too many filter conditions (at most 30)');
      expect(() => builder.clauses()).toThrow(FilterError);
    });

    it('counts the conditions inside or() groups', () => {
      const half = () =>
        new FilterBuilder(['n']).allOf(
          'n',
          Array.from({ length: 16 }, (_, i) => i),
        );
      expect(
        new FilterBuilder([]).or(half(), new FilterBuilder(['n']).equals('n', 1)).clauses(),
      ).toHaveLength(1);
      const builder = new FilterBuilder([]).or(half(), half());
      expect(() => builder.build()).toThrow(FilterError);
      expect(() => builder.clauses()).toThrow(FilterError);
    });

    it('follows custom limits', () => {
      const builder = new FilterBuilder(['n'], { maxValuesPerList: 5, maxValueLength: 10, maxClauses: 2 });
      builder.equals('n', 1).equals('n', 2);
      expect(builder.build()).toBe('n = 1 AND n = 2');
      expect(() => builder.equals('n', 3).build()).toThrow(FilterError);
    });

    it('refuses limits that would switch the checks off', () => {
      expect(() => new FilterBuilder([], { ...DEFAULT_FILTER_LIMITS, maxClauses: NaN })).toThrow(RangeError);
    });
  });

  it('joins clauses from every method with AND, matching clauses()', () => {
    const builder = new FilterBuilder(['kinds', 'crafts', 'year', 'public'])
      .anyOf('kinds', ['PERSON'])
      .allOf('crafts', ['image', 'son'])
      .range('year', 2020)
      .equals('public', true)
      .geoRadius(50.72, 3.16, 30000);
    expect(builder.clauses()).toEqual([
      'kinds IN ["PERSON"]',
      'crafts = "image"',
      'crafts = "son"',
      'year >= 2020',
      'public = true',
      '_geoRadius(50.72, 3.16, 30000)',
    ]);
    expect(builder.build()).toBe(builder.clauses().join(' AND '));
  });

  it('throws FilterError instances with a stable name', () => {
    const error = filterError(() => new FilterBuilder([]).anyOf('kinds', ['x']));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FilterError');
  });
});
