import { Link } from 'react-router';
import { Pager, useCursorPages } from '../../components/Pager';
import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../../components/StateViews';
import { EditionDates } from '../../festivals/EditionDates';
import { useI18n } from '../../i18n/i18n';
import { DELEGATIONS } from './board.queries';

/** STAFF: every delegation by edition date, each opening its board; new ones start from the calendar. */
export default function DelegationsPage() {
  const { t } = useI18n();
  const pages = useCursorPages();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: DELEGATIONS,
    variables: { after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <div>
      <h1>{t('delegation.title')}</h1>
      <p className="hint">
        {t('delegation.startFromCalendar')} <Link to="/festivals">{t('festival.calendar')}</Link>
      </p>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : data.delegations.edges.length === 0 ? (
        <Empty title={t('delegation.noDelegations')} />
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('delegation.name')}</th>
              <th scope="col">{t('delegation.edition')}</th>
              <th scope="col">{t('delegation.seatsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {data.delegations.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link to={`/staff/delegations/${node.edition.id}?delegation=${node.id}`}>{node.name}</Link>{' '}
                  <span className="badge">{t(`delegation.dstatus.${node.status}`)}</span>
                </td>
                <td>
                  {node.edition.festival.name} {node.edition.year} · <EditionDates {...node.edition} />
                </td>
                <td>
                  {node.seatsHeld}
                  {node.capacity !== null && node.capacity !== undefined && ` / ${node.capacity}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager pages={pages} pageInfo={data?.delegations.pageInfo} />
    </div>
  );
}
