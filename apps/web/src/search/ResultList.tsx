import { Link, useLocation, useNavigate } from 'react-router';
import type { CombinedError } from 'urql';
import { Highlight } from '../components/Highlight';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import type { SearchQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { SearchState } from './search-url';

/** A search response that carried hits (a facets-only response refreshes the filters alone). */
export type ShownSearch = SearchQuery['search'] & {
  hits: NonNullable<SearchQuery['search']['hits']>;
  pageInfo: NonNullable<SearchQuery['search']['pageInfo']>;
};

const PROFILE_PATH: Record<string, string> = {
  PERSON: 'people',
  COMPANY: 'companies',
  SCHOOL: 'schools',
  SITE: 'sites',
  PROJECT: 'projects',
  FESTIVAL: 'festivals',
};

/** The page of a hit; null for types without a page. */
export function profilePath(type: string, slug: string): string | null {
  const base = PROFILE_PATH[type];
  return base ? `/${base}/${encodeURIComponent(slug)}` : null;
}

export function ResultList({
  state,
  started,
  result,
  shownQuery,
  fetching,
  error,
  retry,
  onPage,
}: {
  state: SearchState;
  started: boolean;
  result: ShownSearch | undefined;
  shownQuery: string | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  retry(): void;
  onPage(after: string | null): void;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const body = (() => {
    if (!started) return <Empty title={t('search.start')} />;
    if (error) return <ErrorState error={error} retry={retry} />;
    if (!result) return <Loading />;
    // A page past the last hit (a link or a back step to a later page, the results fewer since): the count says
    // there are results, so the way back to them is offered rather than "no results" and no pagination.
    if (result.hits.length === 0 && result.pageInfo.hasPreviousPage)
      return (
        <div className="state state-empty">
          <p className="state-title">{t('search.pastEnd')}</p>
          <button type="button" className="button" onClick={() => onPage(null)}>
            {t('search.firstPage')}
          </button>
        </div>
      );
    if (result.hits.length === 0)
      return <Empty title={t('search.noResults')} hint={t('search.noResultsHint')} />;
    const cameFromPrevious = (location.state as { previous?: string | null } | null)?.previous !== undefined;
    return (
      <>
        <ol className="results">
          {result.hits.map((hit) => (
            <li key={`${hit.type}:${hit.id}`} className="result">
              <span className={`badge badge-${hit.type.toLowerCase()}`}>{t(`type.${hit.type}`)}</span>
              {hit.isDemo && <span className="badge demo-flag">{t('demo.badge')}</span>}
              <h3>
                {profilePath(hit.type, hit.slug) ? (
                  <Link to={profilePath(hit.type, hit.slug)!}>{hit.title}</Link>
                ) : (
                  hit.title
                )}
              </h3>
              {hit.subtitle && <p className="subtitle">{hit.subtitle}</p>}
              {hit.highlight && (
                <p className="highlight">
                  <Highlight html={hit.highlight} />
                </p>
              )}
              {hit.distanceKm != null && (
                <p className="distance">{t('search.distance', { km: hit.distanceKm.toFixed(1) })}</p>
              )}
            </li>
          ))}
        </ol>
        {(result.pageInfo.hasPreviousPage || result.pageInfo.hasNextPage) && (
          <nav className="pagination" aria-label={t('search.pagination')}>
            <button
              type="button"
              className="button"
              disabled={!result.pageInfo.hasPreviousPage}
              onClick={() => (cameFromPrevious ? void navigate(-1) : onPage(null))}
            >
              {t('search.previous')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!result.pageInfo.hasNextPage}
              onClick={() => onPage(result.pageInfo.endCursor ?? null)}
            >
              {t('search.next')}
            </button>
          </nav>
        )}
      </>
    );
  })();
  return (
    <section
      id="search-results"
      className="search-results"
      aria-labelledby={`tab-${state.tab}`}
      aria-busy={fetching}
      data-shown-query={shownQuery ?? ''}
    >
      <p className="result-count" role="status" aria-live="polite">
        {started && result && !error
          ? result.totalHits === 1
            ? t('search.result')
            : t('search.results', { count: result.totalHits })
          : ''}
        {fetching && result ? <span className="updating"> · {t('search.updating')}</span> : null}
      </p>
      {body}
    </section>
  );
}
