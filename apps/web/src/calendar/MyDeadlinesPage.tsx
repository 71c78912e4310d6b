import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import { editionPath } from '../festivals/edition-dates';
import { useI18n } from '../i18n/i18n';
import { CalendarFeedSection } from './CalendarFeedSection';
import { MY_DEADLINES } from './calendar.queries';

/** `/me/deadlines`: the coming dates of the editions the member follows, and their personal calendar feed. */
export default function MyDeadlinesPage() {
  const { t, formatDate } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MY_DEADLINES,
    requestPolicy: 'cache-and-network',
  });
  return (
    <div className="narrow">
      <h1>{t('deadlines.title')}</h1>
      <p>{t('deadlines.intro')}</p>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : data.myDeadlines.length === 0 ? (
        <>
          <Empty title={t('deadlines.none')} hint={t('deadlines.noneHint')} />
          <p>
            <Link to="/festivals">{t('deadlines.browse')}</Link>
          </p>
        </>
      ) : (
        <ul className="claims">
          {data.myDeadlines.map((deadline) => (
            <li key={`${deadline.edition.id}-${deadline.kind}-${deadline.date}`} className="claim">
              <p>
                <strong>{t(`deadline.${deadline.kind}`)}</strong> · {formatDate(deadline.date)} (
                {deadline.daysLeft === 0
                  ? t('deadlines.today')
                  : t('deadlines.inDays', { days: deadline.daysLeft })}
                ){deadline.estimated && <span className="estimated"> ({t('festival.estimated')})</span>}
              </p>
              <p>
                <Link to={editionPath(deadline.edition.festival.slug, deadline.edition.id)}>
                  {deadline.edition.festival.name} {deadline.edition.year}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <CalendarFeedSection />
    </div>
  );
}
