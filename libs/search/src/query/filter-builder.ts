/** Attributes a filter may name, per index; anything else is refused. */
export type FilterAttribute = string;

/** A refused filter input; its message names the problem and is safe to show to clients. */
export class FilterError extends Error {
  override readonly name = 'FilterError';
}

export interface FilterLimits {
  maxValuesPerList: number;
  maxValueLength: number;
  maxClauses: number;
}

export const DEFAULT_FILTER_LIMITS: FilterLimits = Object.freeze({
  maxValuesPerList: 50,
  maxValueLength: 200,
  maxClauses: 30,
});

const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** Words the Meilisearch 1.x filter grammar reserves; as an attribute they break the expression. */
const RESERVED_WORDS = new Set([
  'AND',
  'OR',
  'IN',
  'NOT',
  'TO',
  'EXISTS',
  'IS',
  'NULL',
  'EMPTY',
  'CONTAINS',
  'STARTS',
  'WITH',
]);

// Beyond this String() switches to "1e+21", which the filter grammar cannot read as an unquoted value.
const MAX_ABS_NUMBER = 1e21;
const MAX_GEO_RADIUS_METERS = 2_000_000;

/** Attribute names echoed in error messages: bounded and JSON-escaped. */
function shown(name: unknown): string {
  const text = String(name);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function checkLimits(limits: FilterLimits): FilterLimits {
  for (const key of ['maxValuesPerList', 'maxValueLength', 'maxClauses'] as const) {
    const limit: unknown = limits?.[key];
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) {
      // A misconfiguration, not a client error: NaN would silently disable the limit.
      throw new RangeError(`FilterLimits.${key} must be a non-negative integer`);
    }
  }
  return limits;
}

/**
 * Why a string cannot be a filter value, or undefined when it can. Length counts code points, so an emoji
 * counts once per code point; lone surrogates are refused because Meilisearch rejects them as invalid JSON text.
 */
function valueProblem(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return 'must be a string';
  const tooLong = `is longer than ${maxLength} characters`;
  if (value.length > maxLength * 2) return tooLong;
  let codePoints = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x20 || unit === 0x7f) return 'contains a control character';
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return 'is not valid Unicode text';
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return 'is not valid Unicode text';
    }
    codePoints++;
  }
  return codePoints > maxLength ? tooLong : undefined;
}

function quoteAs(subject: string, value: string, limits: FilterLimits): string {
  const problem = valueProblem(value, limits.maxValueLength);
  if (problem) throw new FilterError(`${subject} ${problem}`);
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

function numberAs(subject: string, value: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new FilterError(`${subject} must be a finite number`);
  }
  if (Math.abs(value) >= MAX_ABS_NUMBER) throw new FilterError(`${subject} is out of range`);
  return String(value);
}

/**
 * Quotes a string value for a Meilisearch filter: wraps in double quotes, escapes backslash and double quote.
 * Rejects control characters (U+0000–U+001F, U+007F) and strings longer than maxValueLength with FilterError.
 * Emoji and any other Unicode are allowed as-is.
 */
export function quote(value: string, limits: FilterLimits = DEFAULT_FILTER_LIMITS): string {
  return quoteAs('Filter value', value, checkLimits(limits));
}

interface Clause {
  /** Self-contained: compound clauses carry their own parentheses. */
  readonly text: string;
  /** Leaf conditions inside, counted against maxClauses. */
  readonly weight: number;
}

/**
 * Builds a Meilisearch filter from typed inputs: attribute names come from an allow-list, strings go through
 * quote(), numbers are checked finite. Inputs that are undefined, null or empty add nothing (their attribute is
 * not checked either), so optional inputs can be passed straight through.
 */
export class FilterBuilder {
  private readonly allowed: ReadonlySet<string>;
  private readonly limits: FilterLimits;
  private readonly parts: Clause[] = [];

  constructor(allowed: readonly FilterAttribute[], limits: FilterLimits = DEFAULT_FILTER_LIMITS) {
    this.allowed = new Set(allowed);
    this.limits = checkLimits(limits);
  }

  /** attribute IN ["a", "b"] — values quoted; empty list adds nothing; more than maxValuesPerList → FilterError. */
  anyOf(attribute: string, values: readonly string[] | undefined): this {
    if (values == null || (Array.isArray(values) && values.length === 0)) return this;
    const name = this.attribute(attribute);
    this.checkList(name, values);
    const quoted = values.map((value) => quoteAs(`Value for ${shown(name)}`, value, this.limits));
    return this.push(`${name} IN [${quoted.join(', ')}]`);
  }

  /** attribute = "value" for each value (all must match), e.g. several required tags. */
  allOf(attribute: string, values: readonly (string | number)[] | undefined): this {
    if (values == null || (Array.isArray(values) && values.length === 0)) return this;
    const name = this.attribute(attribute);
    this.checkList(name, values);
    const literals = values.map((value) => this.literal(name, value));
    for (const literal of literals) this.push(`${name} = ${literal}`);
    return this;
  }

  /** attribute = value: a string is quoted, a number must be finite, a boolean is written true/false. */
  equals(attribute: string, value: string | number | boolean | undefined): this {
    if (value == null) return this;
    const name = this.attribute(attribute);
    return this.push(`${name} = ${this.literal(name, value)}`);
  }

  /** attribute >= min and/or attribute <= max (one clause per bound) with finite numbers. */
  range(attribute: string, min?: number, max?: number): this {
    if (min == null && max == null) return this;
    const name = this.attribute(attribute);
    const low = min == null ? undefined : numberAs(`Minimum for ${shown(name)}`, min);
    const high = max == null ? undefined : numberAs(`Maximum for ${shown(name)}`, max);
    if (min != null && max != null && min > max) {
      throw new FilterError(`Range for ${shown(name)} has its minimum above its maximum`);
    }
    if (low !== undefined) this.push(`${name} >= ${low}`);
    if (high !== undefined) this.push(`${name} <= ${high}`);
    return this;
  }

  /** _geoRadius(lat, lng, meters) with lat in [-90,90], lng in [-180,180], radius in (0, 2_000_000] m. */
  geoRadius(lat: number, lng: number, radiusMeters: number): this {
    const latitude = numberAs('Latitude', lat);
    const longitude = numberAs('Longitude', lng);
    const radius = numberAs('Radius', radiusMeters);
    if (lat < -90 || lat > 90) throw new FilterError('Latitude must be between -90 and 90');
    if (lng < -180 || lng > 180) throw new FilterError('Longitude must be between -180 and 180');
    if (!(radiusMeters > 0 && radiusMeters <= MAX_GEO_RADIUS_METERS)) {
      throw new FilterError(`Radius must be above 0 and at most ${MAX_GEO_RADIUS_METERS} meters`);
    }
    return this.push(`_geoRadius(${latitude}, ${longitude}, ${radius})`);
  }

  /**
   * A group of alternatives already built by other builders: (a OR (b AND c)). Empty builders are left out
   * rather than read as "match everything", so a missing alternative narrows the result instead of widening it;
   * a single remaining alternative is added as plain clauses.
   */
  or(...builders: FilterBuilder[]): this {
    for (const builder of builders) {
      if (!(builder instanceof FilterBuilder)) throw new TypeError('or() takes FilterBuilder instances');
    }
    const alternatives = builders.map((builder) => [...builder.parts]).filter((parts) => parts.length > 0);
    if (alternatives.length === 0) return this;
    if (alternatives.length === 1) {
      this.parts.push(...alternatives[0]);
      return this;
    }
    const texts = alternatives.map((parts) =>
      parts.length === 1 ? parts[0].text : `(${parts.map((part) => part.text).join(' AND ')})`,
    );
    const weight = alternatives.flat().reduce((sum, part) => sum + part.weight, 0);
    this.parts.push({ text: `(${texts.join(' OR ')})`, weight });
    return this;
  }

  /** The clauses joined with AND; undefined when there is none. Throws FilterError when more than maxClauses. */
  build(): string | undefined {
    const clauses = this.clauses();
    return clauses.length ? clauses.join(' AND ') : undefined;
  }

  /** The clauses as an array of strings (Meilisearch also accepts an array = AND). Same limit as build(). */
  clauses(): string[] {
    const weight = this.parts.reduce((sum, part) => sum + part.weight, 0);
    if (weight > this.limits.maxClauses) {
      throw new FilterError(`Too many filter conditions (at most ${this.limits.maxClauses})`);
    }
    return this.parts.map((part) => part.text);
  }

  private attribute(name: string): string {
    if (typeof name !== 'string' || !this.allowed.has(name)) {
      throw new FilterError(`Unknown filter attribute ${shown(name)}`);
    }
    if (!ATTRIBUTE_NAME.test(name)) throw new FilterError(`Invalid filter attribute ${shown(name)}`);
    // Even when allow-listed: Meilisearch reads these as syntax (the _geo* names are its geo functions).
    if (RESERVED_WORDS.has(name) || name.startsWith('_geo')) {
      throw new FilterError(`Reserved filter attribute ${shown(name)}`);
    }
    return name;
  }

  private checkList(name: string, values: unknown): void {
    if (!Array.isArray(values)) throw new FilterError(`Values for ${shown(name)} must be a list`);
    if (values.length > this.limits.maxValuesPerList) {
      throw new FilterError(`Too many values for ${shown(name)} (at most ${this.limits.maxValuesPerList})`);
    }
  }

  private literal(name: string, value: string | number | boolean): string {
    const subject = `Value for ${shown(name)}`;
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'number') return numberAs(subject, value);
    if (typeof value === 'string') return quoteAs(subject, value, this.limits);
    throw new FilterError(`${subject} must be a string, a number or a boolean`);
  }

  private push(text: string): this {
    this.parts.push({ text, weight: 1 });
    return this;
  }
}
