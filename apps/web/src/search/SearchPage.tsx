import { lazy, startTransition, Suspense, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { SearchQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { profilePath, ResultList, ShownSearch } from './ResultList';
import { SearchFilters } from './SearchFilters';
import { SearchTabs } from './SearchTabs';
import { SEARCH, SEARCH_LOOKUPS } from './search.queries';
import { hasCriteria, parseSearch, SearchState, serializeSearch, toSearchInput } from './search-url';
import { useSettled } from './use-settled';

/** Leaflet is loaded with the map only, once results with coordinates arrive: not in the search page's first load. */
const PlaceMap = lazy(() => import('../map/PlaceMap').then((module) => ({ default: module.PlaceMap })));

/** Facets cost the search engine a third of its time: they are asked once typing pauses this long. */
const FACETS_AFTER_MS = 300;
type Facets = NonNullable<SearchQuery['search']['facets']>;

export type SearchLookups = NonNullable<ReturnType<typeof useLookups>>;

function useLookups() {
  const [{ data }] = useQuery({ query: SEARCH_LOOKUPS });
  return data;
}

export default function SearchPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const urlState = useMemo(() => parseSearch(params), [params]);
  // The typed query drives the search at once; the URL follows as a transition, off the keystroke's critical path.
  const [typed, setTyped] = useState(urlState.q);
  // When the URL's query changes (back, a link), it wins: adjusted during render, not in an effect.
  const [typedFor, setTypedFor] = useState(urlState.q);
  if (typedFor !== urlState.q) {
    setTypedFor(urlState.q);
    setTyped(urlState.q);
  }
  const state = useMemo(
    () => ({ ...urlState, q: typed, after: typed === urlState.q ? urlState.after : null }),
    [urlState, typed],
  );
  const lookups = useLookups();
  const [filtersOpen, setFiltersOpen] = useState(false);

  const point = useMemo(() => {
    if (!state.near || !lookups) return null;
    if (state.near.kind === 'site') {
      const site = lookups.sites.edges.find((edge) => edge.node.slug === state.near!.key)?.node;
      return site ? { lat: site.lat, lng: site.lng } : null;
    }
    const commune = lookups.communes.find((c) => String(c.id) === state.near!.key);
    return commune ? { lat: commune.lat, lng: commune.lng } : null;
  }, [state.near, lookups]);

  const waitingForPoint = Boolean(state.near && !point);
  const input = useMemo(() => toSearchInput(state, point), [state, point]);
  // Facets for the first page of a settled query only: keystrokes and page moves keep the last ones shown.
  const settledQuery = useSettled(state.q, FACETS_AFTER_MS);
  const withFacets = !state.after && settledQuery === state.q;
  // When typing settles on hits already shown (the last keystroke's), the settled request asks for the facets
  // alone. Otherwise (that keystroke still loading or failed, a filter changed, back or forward) it asks both, and
  // keeps asking both for that input, so the hits arriving do not turn it into a second request.
  const inputKey = JSON.stringify(input);
  // The hits on screen, kept while the next ones load so that typing does not flash an empty page; `key` is their input.
  const [shown, setShown] = useState<{ search: ShownSearch; query: string; key: string } | null>(null);
  const [bothAskedFor, setBothAskedFor] = useState<string | null>(null);
  const facetsOnly = withFacets && shown?.key === inputKey && bothAskedFor !== inputKey;
  if (withFacets && !facetsOnly && bothAskedFor !== inputKey) setBothAskedFor(inputKey);
  const withHits = !facetsOnly;
  const [result, reexecute] = useQuery({
    query: SEARCH,
    variables: { input, withFacets, withHits },
    pause: waitingForPoint || !hasCriteria(state),
  });

  const [received, setReceived] = useState<SearchQuery | null>(null);
  const [facets, setFacets] = useState<Facets>([]);
  if (result.data && !result.stale && result.data !== received) {
    setReceived(result.data);
    const { search } = result.data;
    if (search.hits && search.pageInfo)
      setShown({
        search: { ...search, hits: search.hits, pageInfo: search.pageInfo },
        query: result.operation?.variables.input.query ?? '',
        key: JSON.stringify(result.operation?.variables.input ?? input),
      });
    if (search.facets) setFacets(search.facets);
  }

  const hits = shown?.search.hits;
  const places = useMemo(
    () =>
      (hits ?? []).flatMap((hit) =>
        hit.lat != null && hit.lng != null
          ? [
              {
                id: `${hit.type}:${hit.id}`,
                name: hit.title,
                lat: hit.lat,
                lng: hit.lng,
                href: profilePath(hit.type, hit.slug),
              },
            ]
          : [],
      ),
    [hits],
  );
  const radius = useMemo(
    () => (state.near && point ? { lat: point.lat, lng: point.lng, km: state.radiusKm } : null),
    [state.near, point, state.radiusKm],
  );
  const showMap = hasCriteria(state) && !result.error && places.length > 0;

  const update = (next: SearchState, push = false) =>
    setParams(serializeSearch(next), { replace: !push, state: push ? { previous: state.after } : undefined });

  return (
    <div className="search-page">
      <h1 className="visually-hidden">{t('search.title')}</h1>
      <form className="search-box" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-query">{t('search.label')}</label>
        <input
          id="search-query"
          type="search"
          autoComplete="off"
          placeholder={t('search.placeholder')}
          value={state.q}
          maxLength={200}
          onChange={(event) => {
            const q = event.target.value;
            setTyped(q);
            startTransition(() => update({ ...state, q, after: null }));
          }}
        />
      </form>
      <SearchTabs value={state.tab} onChange={(tab) => update({ ...state, tab, after: null })} />
      <div className={`search-layout${filtersOpen ? ' filters-open' : ''}${showMap ? ' with-map' : ''}`}>
        <button
          type="button"
          className="button filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="search-filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {filtersOpen ? t('search.hideFilters') : t('search.showFilters')}
        </button>
        <SearchFilters
          id="search-filters"
          state={state}
          facets={facets}
          lookups={lookups}
          onChange={(next) => update(next)}
        />
        <ResultList
          state={state}
          started={hasCriteria(state)}
          result={shown?.search}
          shownQuery={shown?.query}
          fetching={result.fetching}
          error={result.error}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          onPage={(after) => update({ ...state, after }, true)}
        />
        {showMap && (
          // Supplementary: the list holds the same results as text and links, the accessible path.
          <section className="search-map" role="region" aria-label={t('map.searchRegion')}>
            <Suspense fallback={<div className="place-map" />}>
              <PlaceMap
                places={places}
                radius={radius}
                label={
                  radius
                    ? t('map.searchLabelNear', { count: places.length, km: radius.km })
                    : t('map.searchLabel', { count: places.length })
                }
              />
            </Suspense>
          </section>
        )}
      </div>
    </div>
  );
}
