import { DEFAULT_FILTER_LIMITS, FilterBuilder, FilterError } from './filter-builder';

describe('FilterBuilder', () => {
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
      expect(() => builder.range('year', 2000, 1990)).toThrow(
        new FilterError('Range for "year" has its minimum above its maximum'),
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
      expect(() => builder.build()).toThrow(new FilterError('Too many filter conditions (at most 30)'));
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
});
