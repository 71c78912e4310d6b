import { AppError, decodeCursor, encodeCursor, ErrorCode } from '@crossroads/core';
import { Inject, Injectable } from '@nestjs/common';
import {
  FederatedMultiSearchParams,
  Hit,
  Meilisearch,
  MeilisearchRequestTimeOutError,
  MultiSearchQueryWithFederation,
} from 'meilisearch';
import { dayNumber, HORIZON_DAYS, MAX_WINDOW_DAYS } from '../indexes/availability-days';
import { IndexSettingsService } from '../indexes/index-settings.service';
import type { BaseDocument, HitLang, SearchIndexDefinition } from '../indexes/search-index.definition';
import { SearchIndexes } from '../indexes/search-indexes';
import { SearchType } from '../indexes/search-type.enum';
import { MEILI_SEARCH_CLIENT } from '../meili/meili.client';
import { SearchQueueFullError } from '../meili/node-http-client';
import { SearchInput } from './dto/search.input';
import { FilterBuilder, FilterError } from './filter-builder';
import { hasMark, HIGHLIGHT_TAGS, toSafeHighlight } from './highlight';
import { plainQuery } from './query-text';
import { Facet, SearchHit, SearchResult } from './search-result.types';

const DEFAULT_FIRST = 20;
/** One collator for every facet sort: `localeCompare` builds one per comparison. */
const VALUE_ORDER = new Intl.Collator('fr');
/** One clause per day of an availability window, plus the other filters. */
const SEARCH_FILTER_LIMITS = {
  maxValuesPerList: MAX_WINDOW_DAYS,
  maxValueLength: 100,
  maxClauses: MAX_WINDOW_DAYS + 10,
};

/**
 * The list filters of the input, each named after the facet whose values it takes: an index honours one when it
 * reports that facet, and it narrows the facet's attribute there only. Company and festival kinds both have
 * ANIMATION, yet `companyKinds` never keeps a festival.
 */
const LIST_FILTERS = [
  'kinds',
  'companyKinds',
  'festivalKinds',
  'crafts',
  'languages',
  'cities',
  'sites',
  'formats',
  'stages',
  'genres',
  'countriesSought',
] as const satisfies readonly (keyof SearchInput)[];

type FederatedResponse = {
  hits: Hit<BaseDocument & { _geoDistance?: number; _geo?: { lat: number; lng: number } }>[];
  processingTimeMs: number;
  estimatedTotalHits?: number;
  totalHits?: number;
  facetsByIndex?: Record<string, { distribution: Record<string, Record<string, number>> }>;
};

/** The days of an availability window, or a BAD_USER_INPUT naming what is wrong with it. */
function windowDays(input: SearchInput): number[] | undefined {
  const { availableFrom: from, availableTo: to } = input;
  if (!from && !to) return undefined;
  const problem = (field: string, message: string) =>
    AppError.badInput(`${field}: ${message}`, [{ field, message }]);
  if (!from || !to)
    throw problem(from ? 'availableTo' : 'availableFrom', 'give both availableFrom and availableTo');
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last < first) throw problem('availableTo', 'is before availableFrom');
  if (last - first + 1 > MAX_WINDOW_DAYS)
    throw problem('availableTo', `the window may span ${MAX_WINDOW_DAYS} days at most`);
  // Documents hold free days up to the horizon only: further, everyone would look busy.
  if (last > dayNumber(new Date().toISOString().slice(0, 10)) + HORIZON_DAYS)
    throw problem('availableTo', `availability is known up to ${HORIZON_DAYS} days ahead`);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

@Injectable()
export class SearchService {
  constructor(
    @Inject(MEILI_SEARCH_CLIENT) private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
    private readonly settings: IndexSettingsService,
  ) {}

  /**
   * One federated Meilisearch request across the requested types, with typed, allow-listed filters only. Facets
   * cost Meilisearch about a third of its time: they are computed only when the caller selected them. Without
   * `hits` (a caller refreshing the facets of hits it already shows) Meilisearch ranks and formats none: only the
   * counts come back.
   */
  async search(
    input: SearchInput,
    {
      facets = true,
      hits: withHits = true,
      lang = 'fr',
    }: { facets?: boolean; hits?: boolean; lang?: HitLang } = {},
  ): Promise<SearchResult> {
    const first = input.first ?? DEFAULT_FIRST;
    const offset = decodeCursor(input.after);
    const days = windowDays(input);
    const definitions = this.candidates(input.types).filter((definition) =>
      this.applies(definition, input, days),
    );
    if (definitions.length === 0) return emptyResult();
    await this.settings.ready(); // right after boot, the indexes may not exist yet

    const text = plainQuery(input.query ?? '');
    const request: FederatedMultiSearchParams = {
      federation: {
        limit: withHits ? first + 1 : 0,
        offset,
        ...(facets && {
          facetsByIndex: Object.fromEntries(
            definitions.map((definition) => [this.indexes.uid(definition), Object.values(definition.facets)]),
          ),
        }),
      },
      queries: definitions.map((definition) => this.query(definition, input, text, days)),
    };
    let response = await this.multiSearch(request);
    if (totalOf(response) === 0 && wordCount(text) > 1) {
      // `last` (the default) drops words from the end only, and only the last word matches as a prefix: "dir photo"
      // finds nothing. With no hit at all, ask again dropping the rarest words first (docs/BENCHMARKS.md, relevance).
      response = await this.multiSearch({
        ...request,
        queries: request.queries.map((query) => ({ ...query, matchingStrategy: 'frequency' as const })),
      });
    }
    const hits = response.hits.slice(0, first).map((hit) => this.toHit(hit, lang));
    return {
      totalHits: totalOf(response) ?? hits.length,
      processingTimeMs: response.processingTimeMs,
      hits,
      facets: facets ? this.facets(definitions, response) : [],
      pageInfo: {
        hasNextPage: response.hits.length > first,
        hasPreviousPage: offset > 0,
        startCursor: hits.length ? encodeCursor(offset) : null,
        endCursor: hits.length ? encodeCursor(offset + hits.length - 1) : null,
      },
    };
  }

  /** Search-as-you-type: the best few matches of a prefix, no facets. */
  async suggest(
    prefix: string,
    types: SearchType[] | undefined,
    limit: number,
    lang: HitLang = 'fr',
  ): Promise<SearchHit[]> {
    const definitions = this.candidates(types);
    const text = plainQuery(prefix);
    if (definitions.length === 0 || text.trim() === '') return [];
    await this.settings.ready();
    const response = await this.multiSearch({
      federation: { limit },
      queries: definitions.map((definition) => ({
        indexUid: this.indexes.uid(definition),
        q: text,
        attributesToRetrieve: retrieved(definition),
        showRankingScore: true,
        attributesToHighlight: definition.highlightAttributes,
        ...HIGHLIGHT_TAGS,
      })),
    });
    return response.hits.map((hit) => this.toHit(hit, lang));
  }

  /**
   * One federated request. Refused unsent when Meilisearch is saturated (node-http-client.ts), or not answered
   * within the client's timeout: the caller's to retry, said with its code rather than as an internal error.
   */
  private async multiSearch(request: FederatedMultiSearchParams): Promise<FederatedResponse> {
    try {
      return (await this.client.multiSearch(request)) as unknown as FederatedResponse;
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof SearchQueueFullError)
        throw AppError.rateLimited('Search is busy: try again in a moment');
      if (cause instanceof MeilisearchRequestTimeOutError)
        throw new AppError(ErrorCode.TIMEOUT, 'Search took too long: try again in a moment');
      throw error;
    }
  }

  private candidates(types: SearchType[] | undefined): readonly SearchIndexDefinition[] {
    return types?.length ? this.indexes.all.filter((d) => types.includes(d.searchType)) : this.indexes.all;
  }

  /** An index takes part only if it can honour every filter asked for (a people-only filter leaves out sites). */
  private applies(
    definition: SearchIndexDefinition,
    input: SearchInput,
    days: number[] | undefined,
  ): boolean {
    return (
      LIST_FILTERS.every((field) => !input[field]?.length || definition.facets[field] !== undefined) &&
      (!input.near || definition.geo) &&
      (!days || definition.filterAttributes.includes('availableDays'))
    );
  }

  /** One index's part of the request; `text` is the query as plain text (plainQuery). */
  private query(
    definition: SearchIndexDefinition,
    input: SearchInput,
    text: string,
    days: number[] | undefined,
  ): MultiSearchQueryWithFederation {
    const filter = new FilterBuilder([...definition.filterAttributes], SEARCH_FILTER_LIMITS);
    try {
      for (const field of LIST_FILTERS) {
        const values = input[field];
        if (values?.length) filter.anyOf(definition.facets[field], values);
      }
      if (days) filter.allOf('availableDays', days);
      if (input.near) filter.geoRadius(input.near.lat, input.near.lng, input.near.radiusKm * 1000);
      return {
        indexUid: this.indexes.uid(definition),
        q: definition.queryText ? definition.queryText(text) : text,
        filter: filter.build(),
        ...(input.near && { sort: [`_geoPoint(${input.near.lat}, ${input.near.lng}):asc`] }),
        attributesToRetrieve: retrieved(definition),
        showRankingScore: true,
        attributesToHighlight: [
          ...definition.highlightAttributes,
          ...(definition.matchedHighlight?.attributes ?? []),
        ],
        ...HIGHLIGHT_TAGS,
      };
    } catch (error) {
      if (error instanceof FilterError) throw AppError.badInput(error.message);
      throw error;
    }
  }

  /** Facet counts per public facet name; cities and sites add up across indexes. */
  private facets(definitions: readonly SearchIndexDefinition[], response: FederatedResponse): Facet[] {
    const merged = new Map<string, Map<string, number>>();
    for (const definition of definitions) {
      const distribution = response.facetsByIndex?.[this.indexes.uid(definition)]?.distribution ?? {};
      for (const [name, attribute] of Object.entries(definition.facets)) {
        const values = merged.get(name) ?? new Map<string, number>();
        for (const [value, count] of Object.entries(distribution[attribute] ?? {})) {
          values.set(value, (values.get(value) ?? 0) + count);
        }
        merged.set(name, values);
      }
    }
    return [...merged].map(([name, values]) => ({
      name,
      values: [...values]
        .sort((a, b) => b[1] - a[1] || VALUE_ORDER.compare(a[0], b[0]))
        .map(([value, count]) => ({ value, count })),
    }));
  }

  private toHit(
    hit: Hit<BaseDocument & { _geoDistance?: number; _geo?: { lat: number; lng: number } }>,
    lang: HitLang,
  ): SearchHit {
    const definition = this.indexes.byUid(hit._federation!.indexUid)!;
    const text = definition.hitText(hit, lang);
    const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
    const marked = definition.highlightAttributes
      .flatMap((name) =>
        Array.isArray(formatted[name]) ? (formatted[name] as unknown[]) : [formatted[name]],
      )
      .find(hasMark);
    const fallback = marked ? undefined : definition.matchedHighlight?.highlight(hit, formatted, lang);
    return {
      type: definition.searchType,
      id: hit.id,
      slug: hit.slug,
      title: text.title,
      subtitle: text.subtitle,
      highlight: marked ? toSafeHighlight(marked) : fallback ? toSafeHighlight(fallback) : null,
      score: hit._rankingScore ?? 0,
      distanceKm: hit._geoDistance !== undefined ? Math.round(hit._geoDistance / 100) / 10 : null,
      lat: hit._geo?.lat ?? null,
      lng: hit._geo?.lng ?? null,
      isDemo: typeof hit.isDemo === 'boolean' ? hit.isDemo : undefined,
    };
  }
}

/**
 * Only what a hit shows: whole documents (bios, availability days…) would multiply the bytes Meilisearch
 * serialises and the API parses for every query (docs/BENCHMARKS.md, tuning). Highlighted attributes come back in
 * `_formatted` whether retrieved or not, so they are not asked twice (a person's five lists of trade names were
 * most of a hit's bytes).
 */
function retrieved(definition: SearchIndexDefinition): string[] {
  // Meilisearch returns `_geoDistance` only with `_geo` retrieved.
  const geo = definition.geo ? ['_geo'] : [];
  return [...new Set(['id', 'slug', 'isDemo', ...geo, ...definition.hitAttributes])];
}

const totalOf = (response: FederatedResponse) => response.totalHits ?? response.estimatedTotalHits;
const wordCount = (query: string) => query.split(/\s+/).filter(Boolean).length;

function emptyResult(): SearchResult {
  return {
    totalHits: 0,
    processingTimeMs: 0,
    hits: [],
    facets: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}
