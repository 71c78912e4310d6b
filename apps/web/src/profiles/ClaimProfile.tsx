import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorAlert } from '../components/ErrorAlert';
import { useI18n } from '../i18n/i18n';
import { CLAIM } from './profiles.queries';

/** A member without a profile asks to own this one; STAFF decide. */
export function ClaimProfile({ personId }: { personId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [{ data, error, fetching }, claim] = useMutation(CLAIM);
  if (data)
    return (
      <p role="status" className="notice">
        {t('profile.claimSent')}
      </p>
    );
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('profile.claim')}
      </button>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void claim({ personId, message: message.trim() || null });
  };
  return (
    <form className="claim-form" onSubmit={submit}>
      <label htmlFor="claim-message">{t('profile.claimMessage')}</label>
      <textarea
        id="claim-message"
        maxLength={1000}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
      />
      <ErrorAlert error={error} byCode={{ CONFLICT: t('profile.claimTaken') }} />
      <button type="submit" className="button primary" disabled={fetching}>
        {t('profile.claimSend')}
      </button>
    </form>
  );
}
