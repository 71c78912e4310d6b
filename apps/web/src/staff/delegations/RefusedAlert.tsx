import type { CombinedError } from 'urql';
import { useI18n } from '../../i18n/i18n';

/** A board change the API refused, in the API's own words (e.g. "The delegation is full: 2 of 2 seats held"). */
export function RefusedAlert({ error }: { error?: CombinedError }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {t('delegation.refused')} {error.graphQLErrors[0]?.message ?? error.message}
    </p>
  );
}
