import { useQuery } from 'urql';
import { useI18n } from '../i18n/i18n';
import { MY_CLAIMS } from './account.queries';

export function MyClaims() {
  const { t, formatDate } = useI18n();
  const [{ data }] = useQuery({ query: MY_CLAIMS, requestPolicy: 'cache-and-network' });
  const claims = data?.myPersonClaims.edges.map((edge) => edge.node) ?? [];
  if (!claims.length) return null;
  return (
    <section className="profile-section">
      <h2>{t('me.claims')}</h2>
      <ul>
        {claims.map((claim) => (
          <li key={claim.id}>
            {formatDate(claim.createdAt)} · {t(`claim.${claim.status}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
