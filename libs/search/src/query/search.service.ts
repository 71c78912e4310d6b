import { decodeCursor, encodeCursor } from '@crossroads/core';
import { Inject, Injectable } from '@nestjs/common';
import { FederatedMultiSearchParams, Hit, Meilisearch } from 'meilisearch';
import type { BaseDocument } from '../indexes/search-index.definition';
import { SearchIndexes } from '../indexes/search-indexes';
import { MEILI_CLIENT } from '../meili/meili.client';
import { SearchInput } from './dto/search.input';
import { hasMark, HIGHLIGHT_TAGS, toSafeHighlight } from './highlight';
import { SearchHit, SearchResult } from './search-result.types';

const DEFAULT_FIRST = 20;

@Injectable()
export class SearchService {
  constructor(
    @Inject(MEILI_CLIENT) private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
  ) {}

  /** One federated Meilisearch request across the requested types. */
  async search(input: SearchInput): Promise<SearchResult> {
    const first = input.first ?? DEFAULT_FIRST;
    const offset = decodeCursor(input.after);
    const definitions = input.types?.length
      ? this.indexes.all.filter((definition) => input.types!.includes(definition.searchType))
      : this.indexes.all;
    if (definitions.length === 0) return emptyResult();

    const request: FederatedMultiSearchParams = {
      federation: { limit: first + 1, offset },
      queries: definitions.map((definition) => ({
        indexUid: this.indexes.uid(definition),
        q: input.query ?? '',
        showRankingScore: true,
        attributesToHighlight: definition.highlightAttributes,
        ...HIGHLIGHT_TAGS,
      })),
    };
    const response = (await this.client.multiSearch(request)) as unknown as {
      hits: Hit<BaseDocument>[];
      processingTimeMs: number;
      estimatedTotalHits?: number;
      totalHits?: number;
    };
    const hits = response.hits.slice(0, first).map((hit) => this.toHit(hit));
    return {
      totalHits: response.totalHits ?? response.estimatedTotalHits ?? hits.length,
      processingTimeMs: response.processingTimeMs,
      hits,
      facets: [],
      pageInfo: {
        hasNextPage: response.hits.length > first,
        hasPreviousPage: offset > 0,
        startCursor: hits.length ? encodeCursor(offset) : null,
        endCursor: hits.length ? encodeCursor(offset + hits.length - 1) : null,
      },
    };
  }

  private toHit(hit: Hit<BaseDocument>): SearchHit {
    const definition = this.indexes.byUid(hit._federation!.indexUid)!;
    const text = definition.hitText(hit);
    const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
    const marked = definition.highlightAttributes.map((name) => formatted[name]).find(hasMark);
    return {
      type: definition.searchType,
      id: hit.id,
      slug: hit.slug,
      title: text.title,
      subtitle: text.subtitle,
      highlight: marked ? toSafeHighlight(marked) : null,
      score: hit._rankingScore ?? 0,
    };
  }
}

function emptyResult(): SearchResult {
  return {
    totalHits: 0,
    processingTimeMs: 0,
    hits: [],
    facets: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}
