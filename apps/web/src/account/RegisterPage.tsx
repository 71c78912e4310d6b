import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { fieldErrors } from '../components/fieldErrors';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { errorText } from '../components/errorText';

const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      id
      status
    }
  }
`);

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
        <div className="field">
          <label htmlFor="register-email">{t('auth.email')}</label>
          <input
            id="register-email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            value={email}
            aria-invalid={Boolean(problems.email)}
            aria-describedby={problems.email ? 'register-email-error' : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
          {problems.email && (
            <p id="register-email-error" className="error">
              {problems.email}
            </p>
          )}
        </div>
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
        {error && !Object.keys(problems).length && (
          <p className="error" role="alert">
            {errorText(error, t, { CONFLICT: t('error.emailTaken') })}
          </p>
        )}
        <button type="submit" className="button primary" disabled={fetching}>
          {t('auth.registerSubmit')}
        </button>
      </form>
    </div>
  );
}
