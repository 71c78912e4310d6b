import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { EditionDates } from './EditionDates';
import { editionPath, publicCalendarUrl } from './edition-dates';
import { FESTIVAL_CALENDAR } from './festivals.queries';

/** The calendar: editions not ended yet, in date order; or the history, past editions most recent first. */
export default function FestivalsPage() {
  const { t, lang } = useI18n();
  const [history, setHistory] = useState(false);
  // Cursors of the pages before this one (50 editions a page: the API's query-cost limit).
  const [cursors, setCursors] = useState<(string | null)[]>([]);
  const after = cursors.at(-1) ?? null;
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: FESTIVAL_CALENDAR,
    variables: history ? { after, past: true } : { after, upcoming: true },
  });
  const pageInfo = data?.festivalEditions.pageInfo;
  const show = (past: boolean) => {
    setHistory(past);
    setCursors([]);
  };
  return (
    <div>
      <h1>{t('festival.calendar')}</h1>
      <p className="hint">{t(history ? 'festival.historyHint' : 'festival.calendarHint')}</p>
      <p>
        <a href={publicCalendarUrl(lang)}>{t('calendarFeed.public')}</a>
      </p>
      <div className="actions" role="group" aria-label={t('festival.calendar')}>
        <button type="button" className="button" aria-pressed={!history} onClick={() => show(false)}>
          {t('festival.upcoming')}
        </button>
        <button type="button" className="button" aria-pressed={history} onClick={() => show(true)}>
          {t('festival.history')}
        </button>
      </div>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : data.festivalEditions.edges.length === 0 ? (
        <Empty title={t(history ? 'festival.noPast' : 'festival.noUpcoming')} />
      ) : (
        <ol className="calendar">
          {data.festivalEditions.edges.map(({ node }) => (
            <li key={node.id} className="calendar-entry">
              <h2>
                <Link to={editionPath(node.festival.slug, node.id)}>
                  {node.festival.name} {node.year}
                </Link>
              </h2>
              <p className="meta">
                <EditionDates {...node} /> · {node.festival.city}
                {node.marketName && <> · {node.marketName}</>}
              </p>
            </li>
          ))}
        </ol>
      )}
      <nav className="pagination" aria-label={t('search.pagination')}>
        {cursors.length > 0 ? (
          <button type="button" className="button" onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('search.previous')}
          </button>
        ) : (
          <span />
        )}
        {pageInfo?.hasNextPage && pageInfo.endCursor && (
          <button
            type="button"
            className="button"
            onClick={() => setCursors([...cursors, pageInfo.endCursor!])}
          >
            {t('search.next')}
          </button>
        )}
      </nav>
    </div>
  );
}
