import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { useAuth } from '../auth/auth';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { ErrorState, Loading } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { DELETE_ACCOUNT, EXPORT_MY_DATA, ME } from './account.queries';

function download(filename: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export default function MyDataPage() {
  const { t } = useI18n();
  const client = useClient();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [me] = useQuery({ query: ME, requestPolicy: 'network-only' });
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const [confirmEmail, setConfirmEmail] = useState('');
  const [password, setPassword] = useState('');
  const [deletion, deleteAccount] = useMutation(DELETE_ACCOUNT);

  if (me.fetching && !me.data) return <Loading />;
  if (!me.data) return <ErrorState error={me.error} />;
  const email = me.data.me.email;

  const exportData = async () => {
    setExporting(true);
    const result = await client.query(EXPORT_MY_DATA, {}, { requestPolicy: 'network-only' }).toPromise();
    setExporting(false);
    setExportFailed(!result.data);
    if (result.data) {
      const pretty = JSON.stringify(JSON.parse(result.data.exportMyData), null, 2);
      download(`crossroads-${new Date().toISOString().slice(0, 10)}.json`, pretty);
    }
  };

  const mismatch = confirmEmail.trim() !== '' && confirmEmail.trim().toLowerCase() !== email.toLowerCase();
  const submitDeletion = async (event: FormEvent) => {
    event.preventDefault();
    if (confirmEmail.trim().toLowerCase() !== email.toLowerCase()) return;
    const result = await deleteAccount({ confirmEmail: confirmEmail.trim(), password });
    if (result.data?.deleteMyAccount) {
      await logout();
      void navigate('/', { replace: true, state: { deleted: true } });
    }
  };

  return (
    <div className="narrow">
      <h1>{t('data.title')}</h1>
      <section className="profile-section">
        <h2>{t('data.export')}</h2>
        <p>{t('data.exportHint')}</p>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportData()}>
          {t('data.export')}
        </button>
        {exportFailed && (
          <p className="error" role="alert">
            {t('state.error')}
          </p>
        )}
      </section>
      <section className="profile-section danger-zone">
        <h2>{t('data.delete')}</h2>
        <p>{t('data.deleteHint')}</p>
        <form className="form" onSubmit={(event) => void submitDeletion(event)}>
          <Field
            id="confirm-email"
            label={t('data.confirmEmail')}
            error={mismatch ? t('data.deleteMismatch') : undefined}
          >
            {(props) => (
              <input
                {...props}
                type="email"
                autoComplete="off"
                maxLength={254}
                value={confirmEmail}
                onChange={(event) => setConfirmEmail(event.target.value)}
              />
            )}
          </Field>
          <div className="field">
            <label htmlFor="confirm-password">{t('data.confirmPassword')}</label>
            <input
              id="confirm-password"
              type="password"
              autoComplete="current-password"
              maxLength={128}
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <ErrorAlert error={deletion.error} byCode={{ BAD_USER_INPUT: t('data.wrongPassword') }} />
          <button
            type="submit"
            className="button danger"
            disabled={
              deletion.fetching || !password || confirmEmail.trim().toLowerCase() !== email.toLowerCase()
            }
          >
            {t('data.deleteConfirm')}
          </button>
        </form>
      </section>
    </div>
  );
}
