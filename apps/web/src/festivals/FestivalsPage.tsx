import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { EditionDates } from './EditionDates';
import { editionPath } from './edition-dates';

const CALENDAR = graphql(`
  query FestivalCalendar {
    festivalEditions(upcoming: true, first: 100) {
      totalCount
      edges {
        node {
          id
          year
          startsOn
          endsOn
          estimated
          cancelled
          marketName
          followedByMe
          festival {
            id
            slug
            name
            city
            country
          }
        }
      }
    }
  }
`);

/** The calendar: editions not ended yet, in date order. */
export default function FestivalsPage() {
  const { t } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: CALENDAR });
  return (
    <div>
      <h1>{t('festival.calendar')}</h1>
      <p className="hint">{t('festival.calendarHint')}</p>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : data.festivalEditions.edges.length === 0 ? (
        <Empty title={t('festival.noUpcoming')} />
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
                <EditionDates {...node} /> · {node.festival.city} ({node.festival.country})
                {node.marketName && <> · {node.marketName}</>}
                {node.followedByMe && <> · {t('festival.following')}</>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
