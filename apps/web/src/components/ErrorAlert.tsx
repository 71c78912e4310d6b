import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { errorText } from './errorText';

/** A failed mutation, said where it happened, in the reader's language (see `errorText`). */
export function ErrorAlert({
  error,
  byCode,
}: {
  error?: CombinedError;
  byCode?: Partial<Record<string, string>>;
}) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {errorText(error, t, byCode)}
    </p>
  );
}
