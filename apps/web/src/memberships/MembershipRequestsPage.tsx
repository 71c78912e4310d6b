import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../components/ErrorAlert';
import { Pager, useCursorPages } from '../components/Pager';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { DECIDE_MEMBERSHIP, MEMBERSHIP_REQUESTS } from './memberships.queries';

/** STAFF's queue: membership requests of every company, oldest first, 50 a page. */
export default function MembershipRequestsPage() {
  const { t, formatDate } = useI18n();
  const pages = useCursorPages();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MEMBERSHIP_REQUESTS,
    variables: { after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [decision, decide] = useMutation(DECIDE_MEMBERSHIP);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (error || !data) return <ErrorState error={error} retry={refresh} />;
  return (
    <div>
      <h1>{t('membership.requests')}</h1>
      {data.membershipRequests.edges.length === 0 ? (
        <Empty title={t('membership.noRequests')} />
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('membership.person')}</th>
              <th scope="col">{t('membership.company')}</th>
              <th scope="col">{t('membership.job')}</th>
              <th scope="col">{t('membership.requestedAt')}</th>
              <th scope="col">{t('membership.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.membershipRequests.edges.map(({ node: m }) => (
              <tr key={m.id}>
                <td>{m.person ? <Link to={`/people/${m.person.slug}`}>{m.person.name}</Link> : '—'}</td>
                <td>
                  {m.company ? (
                    <Link to={`/companies/${m.company.slug}/members`}>{m.company.name}</Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{m.role}</td>
                <td>{formatDate(m.createdAt)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="button primary"
                    disabled={decision.fetching}
                    onClick={() => void decide({ id: m.id, decision: 'APPROVE' }).then(refresh)}
                  >
                    {t('membership.approve')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={decision.fetching}
                    onClick={() => void decide({ id: m.id, decision: 'REFUSE' }).then(refresh)}
                  >
                    {t('membership.refuse')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager pages={pages} pageInfo={data.membershipRequests.pageInfo} />
      <ErrorAlert error={decision.error} />
    </div>
  );
}
