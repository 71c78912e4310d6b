import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { errorCodeOf } from './StateViews';

/**
 * A failed mutation, said where it happened: the page's own words for the codes it expects, else the API's
 * message when `apiMessage` is set (the API writes it in the viewer's language), else the generic error.
 */
export function ErrorAlert({
  error,
  byCode,
  apiMessage = false,
}: {
  error?: CombinedError;
  byCode?: Partial<Record<string, string>>;
  apiMessage?: boolean;
}) {
  const { t } = useI18n();
  if (!error) return null;
  const code = errorCodeOf(error);
  const own = code ? byCode?.[code] : undefined;
  return (
    <p className="error" role="alert">
      {own ?? (apiMessage ? error.graphQLErrors[0]?.message : undefined) ?? t('state.error')}
    </p>
  );
}
