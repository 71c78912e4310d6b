import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useAuth } from '../auth/auth';
import { ErrorAlert } from '../components/ErrorAlert';
import { useI18n } from '../i18n/i18n';
import { REQUEST_MEMBERSHIP } from './memberships.queries';

/** On a company's page: the members link, and a signed-in member's request to join. */
export function CompanyMembership({ companyId, slug }: { companyId: string; slug: string }) {
  const { t } = useI18n();
  const { user, isMember } = useAuth();
  const [role, setRole] = useState('');
  const [request, send] = useMutation(REQUEST_MEMBERSHIP);
  return (
    <section className="section">
      <h2>{t('membership.members')}</h2>
      <p>
        <Link to={`/companies/${slug}/members`}>{t('membership.manage')}</Link>
      </p>
      {isMember &&
        (!user?.personId ? (
          <p className="hint">{t('membership.joinNeedsProfile')}</p>
        ) : request.data ? (
          <p role="status">{t('membership.joinSent')}</p>
        ) : (
          <form
            className="form inline"
            onSubmit={(event) => {
              event.preventDefault();
              void send({ companyId, role });
            }}
          >
            <h3>{t('membership.join')}</h3>
            <p className="hint">{t('membership.joinHint')}</p>
            <label htmlFor="join-role">{t('membership.joinRole')}</label>
            <input
              id="join-role"
              required
              maxLength={120}
              value={role}
              onChange={(event) => setRole(event.target.value)}
            />
            <button type="submit" className="button" disabled={request.fetching}>
              {t('membership.joinSend')}
            </button>
            <ErrorAlert error={request.error} byCode={{ CONFLICT: t('membership.joinConflict') }} />
          </form>
        ))}
    </section>
  );
}
