import type { CombinedError } from 'urql';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function errorCodeOf(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A failed query: not found, not allowed, or anything else with a retry. */
export function ErrorState({ error, retry }: { error?: CombinedError; retry?: () => void }) {
  const { t } = useI18n();
  const code = errorCodeOf(error);
  if (code === 'NOT_FOUND') return <NotFound />;
  const message =
    code === 'FORBIDDEN'
      ? t('state.forbidden')
      : code === 'UNAUTHENTICATED'
        ? t('state.signInNeeded')
        : t('state.error');
  return (
    <div className="state state-error" role="alert">
      <p>{message}</p>
      {retry && code !== 'FORBIDDEN' && (
        <button type="button" className="button" onClick={retry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <div className="state state-empty">
      <h1>{t('state.notFound')}</h1>
      <Link to="/">{t('state.backHome')}</Link>
    </div>
  );
}

export function Empty({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {hint && <p>{hint}</p>}
    </div>
  );
}
