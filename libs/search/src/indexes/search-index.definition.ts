import type { SearchDocumentType } from '@crossroads/core';
import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import type { SearchType } from './search-type.enum';

/**
 * Every document carries its primary key, the source row's update time (how reconcile spots stale ones) and
 * whether it is demo data (the badge on a hit, without reading the record).
 */
export interface BaseDocument {
  id: string;
  slug: string;
  isDemo: boolean;
  updatedAt: number;
}

export type DocumentVersion = Pick<BaseDocument, 'id' | 'updatedAt'>;

/** The reader's language for a hit's words. */
export type HitLang = 'fr' | 'en';

export interface HitText {
  title: string;
  subtitle: string | null;
}

/** One index, defined in one place: document shape, settings, and how documents are read from PostgreSQL. */
export interface SearchIndexDefinition<TDocument extends BaseDocument = BaseDocument> {
  documentType: SearchDocumentType;
  searchType: SearchType;
  /** Index name without the deployment prefix. */
  name: string;
  settings: Settings;
  /** Attributes whose highlighted form becomes `SearchHit.highlight`. */
  highlightAttributes: string[];
  /** Attributes a search filter may name on this index (an allow-list: nothing else reaches a filter). */
  filterAttributes: readonly string[];
  /**
   * Facets this index reports: public facet name (kinds, companyKinds, crafts, cities…) → attribute. The search
   * input's list filter of the same name (`SearchInput.companyKinds`…) narrows that attribute, on the indexes that
   * report the facet only; so a facet value counts what ticking it keeps. Each attribute is in `filterAttributes`.
   */
  facets: Readonly<Record<string, string>>;
  /** Whether documents carry `_geo` (so `near` applies). */
  geo: boolean;
  /** The current documents for these ids; an id left out is not (or no longer) searchable and is deleted. */
  load(manager: EntityManager, ids: readonly string[]): Promise<TDocument[]>;
  /** Every searchable document, in id order, `limit` at a time after `afterId` (reindex and reconcile). */
  loadPage(manager: EntityManager, afterId: string | null, limit: number): Promise<TDocument[]>;
  /**
   * The same ids as `loadPage` with their `updatedAt`, without building the documents: all the reconcile needs.
   * Without it the reconcile builds every document (fine for small indexes).
   */
  loadVersions?(manager: EntityManager, afterId: string | null, limit: number): Promise<DocumentVersion[]>;
  /**
   * For documents that read today's date (a membership current until its last day): a query of the `id`s whose
   * document the date changed during the last `days` days. The relay queues them at its first poll of each day.
   */
  changedByDate?(days: number): string;
  /** A hit's title and subtitle, in the reader's language (`fr` or `en`) where the document holds both. */
  hitText(document: TDocument, lang: HitLang): HitText;
  /** The words sent to Meilisearch for a free-text query, when the index rewrites them. */
  queryText?(query: string): string;
  /**
   * When no highlight attribute holds a match: attributes highlighted too, and what the hit's highlight then
   * is (Meilisearch's marks, PRE/POST of highlight.ts) in the reader's language, or undefined.
   */
  matchedHighlight?: {
    attributes: readonly string[];
    highlight(document: TDocument, formatted: Record<string, unknown>, lang: HitLang): string | undefined;
  };
  /** The attributes `hitText` reads: a search retrieves only these (with id, slug and the highlighted ones). */
  hitAttributes: readonly string[];
}
