import { DEFAULT_FILTER_LIMITS, FilterBuilder, FilterError } from './filter-builder';

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

/** The FilterError `run` throws, for assertions on its message. */
function filterError(run: () => unknown): FilterError {
  try {
    run();
  } catch (error) {
    if (error instanceof FilterError) return error;
    throw error;
  }
  throw new Error('expected a FilterError');
}

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
      expect(() => new FilterBuilder(['kinds']).anyOf('kinds', [...fifty, 'x'])).toThrow(
        new FilterError('Too many values for "kinds" (at most 50)'),
      );
    });

    it('names the attribute when a value is refused', () => {
      expect(() => new FilterBuilder(['kinds']).anyOf('kinds', ['ok', 'a\nb'])).toThrow(
        new FilterError('Value for "kinds" contains a control character'),
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
