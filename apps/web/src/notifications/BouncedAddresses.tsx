import { useQuery } from 'urql';
import { ErrorState, Loading } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { BOUNCED_ADDRESSES } from './notifications.queries';

/** STAFF: the accounts no mail reaches any more, so someone can call them. */
export function BouncedAddresses() {
  const { t, formatDate } = useI18n();
  const [{ data, error, fetching }, refetch] = useQuery({ query: BOUNCED_ADDRESSES });
  return (
    <section aria-labelledby="bounced-title">
      <h2 id="bounced-title">{t('staff.bounced.title')}</h2>
      <p>{t('staff.bounced.intro')}</p>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : data.bouncedAccounts.length === 0 ? (
        <p>{t('staff.bounced.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('auth.email')}</th>
              <th scope="col">{t('staff.bounced.when')}</th>
              <th scope="col">{t('staff.bounced.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {data.bouncedAccounts.map((account) => (
              <tr key={account.id}>
                <td>{account.email}</td>
                <td>{account.emailBouncedAt ? formatDate(String(account.emailBouncedAt)) : ''}</td>
                <td>{account.emailBounceReason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
