/**
 * The search as it stands in the URL, so a search can be shared and the back button works:
 * ?q=chef+opérateur&type=PERSON&lang=en&near=commune:59599&radius=30&from=2027-03-01&to=2027-03-31&after=…
 * Pure functions, unit-tested.
 */
import type { CompanyKind } from '../gql/graphql';

export const SEARCH_TABS = ['ALL', 'PERSON', 'COMPANY', 'SCHOOL', 'SITE', 'PROJECT', 'FESTIVAL'] as const;
export type SearchTab = (typeof SEARCH_TABS)[number];

/**
 * The facets shown as checkboxes. Each sets the API's filter of the same name, which narrows that facet's documents
 * only: ANIMATION under company kinds keeps companies, under festival kinds festivals.
 */
export const FACET_FILTERS = [
  'kinds',
  'companyKinds',
  'festivalKinds',
  'crafts',
  'languages',
  'cities',
  'sites',
] as const;
export type FacetFilter = (typeof FACET_FILTERS)[number];

export function isFacetFilter(facet: string): facet is FacetFilter {
  return (FACET_FILTERS as readonly string[]).includes(facet);
}

const PARAM: Record<FacetFilter, string> = {
  kinds: 'kind',
  companyKinds: 'companyKind',
  festivalKinds: 'festivalKind',
  crafts: 'craft',
  languages: 'lang',
  cities: 'city',
  sites: 'site',
};

export interface NearChoice {
  kind: 'site' | 'commune';
  /** A site's slug or a commune's id. */
  key: string;
}

export interface SearchState {
  q: string;
  tab: SearchTab;
  filters: Record<FacetFilter, string[]>;
  near: NearChoice | null;
  radiusKm: number;
  from: string;
  to: string;
  after: string | null;
}

export const DEFAULT_RADIUS_KM = 30;
const MAX_VALUES = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyFilters(): Record<FacetFilter, string[]> {
  return { kinds: [], companyKinds: [], festivalKinds: [], crafts: [], languages: [], cities: [], sites: [] };
}

/**
 * Company kinds, which links made before `companyKind` existed carry under `kind` (one filter for person and company
 * kinds then): read as company kinds, so an old link keeps finding its companies.
 */
const COMPANY_KINDS: Record<CompanyKind, true> = {
  ANIMATION: true,
  BROADCASTER: true,
  CASTING: true,
  DISTRIBUTION: true,
  EQUIPMENT_RENTAL: true,
  GAME_STUDIO: true,
  IMMERSIVE_XR: true,
  POST_PRODUCTION: true,
  PRODUCTION: true,
  PUBLISHER: true,
  SALES_AGENT: true,
  SOUND: true,
  STUDIO_FACILITY: true,
  TRAINING: true,
  VFX: true,
};
const isCompanyKind = (value: string) => Object.prototype.hasOwnProperty.call(COMPANY_KINDS, value);

export function parseSearch(params: URLSearchParams): SearchState {
  const tab = params.get('type');
  const near = /^(site|commune):(.{1,80})$/.exec(params.get('near') ?? '');
  const radius = Number(params.get('radius'));
  const filters = emptyFilters();
  const values = (filter: FacetFilter) => params.getAll(PARAM[filter]).filter(Boolean);
  for (const filter of FACET_FILTERS) {
    const given =
      filter === 'kinds'
        ? values('kinds').filter((value) => !isCompanyKind(value))
        : filter === 'companyKinds'
          ? [...values('companyKinds'), ...values('kinds').filter(isCompanyKind)]
          : values(filter);
    filters[filter] = [...new Set(given)].slice(0, MAX_VALUES);
  }
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    tab: SEARCH_TABS.includes(tab as SearchTab) ? (tab as SearchTab) : 'ALL',
    filters,
    near: near ? { kind: near[1] as NearChoice['kind'], key: near[2] } : null,
    radiusKm: Number.isFinite(radius) && radius >= 1 && radius <= 500 ? radius : DEFAULT_RADIUS_KM,
    from: date('from'),
    to: date('to'),
    after: params.get('after') || null,
  };
}

export function serializeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.tab !== 'ALL') params.set('type', state.tab);
  for (const filter of FACET_FILTERS)
    for (const value of state.filters[filter]) params.append(PARAM[filter], value);
  if (state.near) {
    params.set('near', `${state.near.kind}:${state.near.key}`);
    if (state.radiusKm !== DEFAULT_RADIUS_KM) params.set('radius', String(state.radiusKm));
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.after) params.set('after', state.after);
  return params;
}

/** Toggles one facet value; any change of criteria goes back to the first page. */
export function toggleFilter(state: SearchState, filter: FacetFilter, value: string): SearchState {
  const current = state.filters[filter];
  const next = current.includes(value)
    ? current.filter((v) => v !== value)
    : [...current, value].slice(0, MAX_VALUES);
  return { ...state, filters: { ...state.filters, [filter]: next }, after: null };
}

export function hasCriteria(state: SearchState): boolean {
  return Boolean(
    state.q.trim() ||
    state.near ||
    state.from ||
    state.to ||
    FACET_FILTERS.some((filter) => state.filters[filter].length > 0),
  );
}

export interface SearchVariables {
  query?: string;
  types?: Exclude<SearchTab, 'ALL'>[];
  kinds?: string[];
  companyKinds?: string[];
  festivalKinds?: string[];
  crafts?: string[];
  languages?: string[];
  cities?: string[];
  sites?: string[];
  near?: { lat: number; lng: number; radiusKm: number };
  availableFrom?: string;
  availableTo?: string;
  first: number;
  after?: string;
}

export const PAGE_SIZE = 20;

/** The API's SearchInput for this state; `point` is the near choice's coordinates once known. */
export function toSearchInput(
  state: SearchState,
  point: { lat: number; lng: number } | null,
): SearchVariables {
  const input: SearchVariables = { first: PAGE_SIZE };
  if (state.q.trim()) input.query = state.q.trim();
  if (state.tab !== 'ALL') {
    input.types = [state.tab];
  }
  for (const filter of FACET_FILTERS) if (state.filters[filter].length) input[filter] = state.filters[filter];
  if (state.near && point) input.near = { ...point, radiusKm: state.radiusKm };
  if (state.from && state.to) {
    input.availableFrom = state.from;
    input.availableTo = state.to;
  }
  if (state.after) input.after = state.after;
  return input;
}
