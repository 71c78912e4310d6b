import { useQuery } from 'urql';
import { Pager, useCursorPages } from '../components/Pager';
import { ErrorState, Loading } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { BOUNCED_ACCOUNTS } from './notifications.queries';

/** STAFF: the accounts no mail reaches any more, so someone can call them; 50 a page. */
export function BouncedAddresses() {
  const { t, formatDate } = useI18n();
  const pages = useCursorPages();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: BOUNCED_ACCOUNTS,
    variables: { after: pages.after },
  });
  return (
    <section aria-labelledby="bounced-title">
      <h2 id="bounced-title">{t('staff.bounced.title')}</h2>
      <p>{t('staff.bounced.intro')}</p>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : data.bouncedAccounts.edges.length === 0 ? (
        <p>{t('staff.bounced.none')}</p>
      ) : (
        <>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('staff.bounced.when')}</th>
                <th scope="col">{t('staff.bounced.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {data.bouncedAccounts.edges.map(({ node: account }) => (
                <tr key={account.id}>
                  <td>{account.email}</td>
                  <td>{account.emailBouncedAt ? formatDate(String(account.emailBouncedAt)) : ''}</td>
                  <td>{account.emailBounceReason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager pages={pages} pageInfo={data.bouncedAccounts.pageInfo} label={t('staff.bounced.title')} />
        </>
      )}
    </section>
  );
}
