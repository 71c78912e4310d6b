import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { fieldErrors } from '../components/fieldErrors';
import { useI18n } from '../i18n/i18n';
import { REGISTER } from './account.queries';

export default function RegisterPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [{ data, error, fetching }, register] = useMutation(REGISTER);
  const problems = fieldErrors(error);

  if (data)
    return (
      <div className="narrow">
        <h1>{t('auth.registerTitle')}</h1>
        <p role="status" className="notice">
          {t('auth.registered')}
        </p>
        <Link to="/login">{t('nav.login')}</Link>
      </div>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void register({ input: { email: email.trim(), password, displayName: displayName.trim() || null } });
  };

  return (
    <div className="narrow">
      <h1>{t('auth.registerTitle')}</h1>
      <form className="form" onSubmit={submit} noValidate={false}>
        <div className="field">
          <label htmlFor="register-name">{t('auth.displayName')}</label>
          <input
            id="register-name"
            autoComplete="name"
            maxLength={100}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </div>
        <Field id="register-email" label={t('auth.email')} error={problems.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="email"
              required
              maxLength={254}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <div className="field">
          <label htmlFor="register-password">{t('auth.password')}</label>
          <input
            id="register-password"
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            maxLength={200}
            value={password}
            aria-describedby="register-password-hint"
            aria-invalid={Boolean(problems.password)}
            onChange={(e) => setPassword(e.target.value)}
          />
          <p id="register-password-hint" className="hint">
            {t('auth.passwordHint')}
          </p>
          {problems.password && <p className="error">{problems.password}</p>}
        </div>
        {!Object.keys(problems).length && (
          <ErrorAlert error={error} byCode={{ CONFLICT: t('error.emailTaken') }} />
        )}
        <button type="submit" className="button primary" disabled={fetching}>
          {t('auth.registerSubmit')}
        </button>
      </form>
    </div>
  );
}
