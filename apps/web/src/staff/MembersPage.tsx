import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../components/ErrorAlert';
import { Pager, useCursorPages } from '../components/Pager';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { BouncedAddresses } from '../notifications/BouncedAddresses';
import { APPROVE_USER, PENDING_USERS, REFUSE_USER } from './staff.queries';

/** STAFF approve the accounts that registered (PENDING until then). */
export default function MembersPage() {
  const { t, formatDate } = useI18n();
  const pages = useCursorPages();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PENDING_USERS,
    variables: { after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [approval, approve] = useMutation(APPROVE_USER);
  const [refusal, refuse] = useMutation(REFUSE_USER);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <div>
      <h1>{t('staff.members')}</h1>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={refresh} />
      ) : data.users.edges.length === 0 ? (
        <Empty title={t('staff.noPending')} />
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('auth.email')}</th>
              <th scope="col">{t('auth.displayName')}</th>
              <th scope="col">{t('staff.createdAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('staff.approve')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.users.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.email}</td>
                <td>{node.displayName}</td>
                <td>{formatDate(node.createdAt)}</td>
                <td>
                  <button
                    type="button"
                    className="button primary"
                    disabled={approval.fetching}
                    aria-label={`${t('staff.approve')} ${node.email}`}
                    onClick={() => void approve({ id: node.id }).then(refresh)}
                  >
                    {t('staff.approve')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button"
                    disabled={refusal.fetching}
                    aria-label={`${t('staff.refuse')} ${node.email}`}
                    onClick={() => void refuse({ id: node.id }).then(refresh)}
                  >
                    {t('staff.refuse')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorAlert error={approval.error} />
      <Pager pages={pages} pageInfo={data?.users.pageInfo} />
      <BouncedAddresses />
    </div>
  );
}
