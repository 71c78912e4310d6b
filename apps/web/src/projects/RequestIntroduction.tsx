import { FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { fieldErrors } from '../components/fieldErrors';
import { useI18n } from '../i18n/i18n';
import { REQUEST_INTRODUCTION } from './projects.queries';

/** The API takes 1 to 2,000 characters. */
export const INTRODUCTION_MESSAGE_MAX = 2000;

export function RequestIntroduction({
  projectId,
  company,
}: {
  projectId: string;
  company: { id: string; name: string };
}) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [blank, setBlank] = useState(false);
  const [{ data, error, fetching }, request] = useMutation(REQUEST_INTRODUCTION);
  const problem = blank ? t('intro.messageRequired') : fieldErrors(error).message;

  if (data) {
    return (
      <p className="notice" role="status">
        {t('intro.sent', { name: company.name })}
      </p>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        className="button"
        aria-label={t('intro.requestWith', { name: company.name })}
        onClick={() => setOpen(true)}
      >
        {t('intro.request')}
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = message.trim();
    setBlank(!text);
    if (text) void request({ projectId, companyId: company.id, message: text });
  };
  return (
    <form className="form intro-form" onSubmit={submit}>
      <Field id={`${id}-message`} label={t('intro.message', { name: company.name })} error={problem}>
        {(props) => (
          <textarea
            {...props}
            value={message}
            maxLength={INTRODUCTION_MESSAGE_MAX}
            autoFocus
            onChange={(event) => setMessage(event.target.value)}
          />
        )}
      </Field>
      {!problem && <ErrorAlert error={error} byCode={{ CONFLICT: t('intro.pendingAlready') }} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={fetching}>
          {t('intro.send')}
        </button>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          {t('intro.cancel')}
        </button>
      </div>
    </form>
  );
}
