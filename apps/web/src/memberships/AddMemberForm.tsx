import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { useI18n } from '../i18n/i18n';
import { ADD_MEMBER, PERSON_ID } from './memberships.queries';
import { errorText } from '../components/errorText';

/** STAFF add a verified member directly: how a company gets its first admin. */
export function AddMemberForm({ companyId, onAdded }: { companyId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const client = useClient();
  const [slug, setSlug] = useState('');
  const [role, setRole] = useState('');
  const [admin, setAdmin] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, add] = useMutation(ADD_MEMBER);

  const submit = async () => {
    setProblem(null);
    const found = await client.query(PERSON_ID, { slug: slug.trim() }).toPromise();
    const personId = found.data?.person.id;
    if (!personId) return setProblem(t('membership.unknownProfile'));
    const result = await add({ companyId, personId, role, memberRole: admin ? 'ADMIN' : 'MEMBER' });
    if (result.error) return setProblem(errorText(result.error, t));
    setSlug('');
    setRole('');
    setAdmin(false);
    onAdded();
  };

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('membership.add')}</h2>
      <label htmlFor="member-profile">{t('membership.addProfile')}</label>
      <input
        id="member-profile"
        required
        maxLength={200}
        value={slug}
        onChange={(event) => setSlug(event.target.value)}
      />
      <label htmlFor="member-role">{t('membership.job')}</label>
      <input
        id="member-role"
        required
        maxLength={120}
        value={role}
        onChange={(event) => setRole(event.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={admin} onChange={(event) => setAdmin(event.target.checked)} />
        {t('membership.addAdmin')}
      </label>
      <button type="submit" className="button primary" disabled={adding.fetching}>
        {t('membership.addSend')}
      </button>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
