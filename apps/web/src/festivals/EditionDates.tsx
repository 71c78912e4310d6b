import { useI18n } from '../i18n/i18n';
import { parisToday } from './edition-dates';

/**
 * "12 – 18 mars 2027", flagged when the dates are estimated from the usual pattern rather than published. A past
 * edition is history: flagged as past (with approximate dates when they were estimated), never as "estimated".
 */
export function EditionDates({
  startsOn,
  endsOn,
  estimated,
  cancelled,
  past,
}: {
  startsOn: string;
  endsOn: string;
  estimated: boolean;
  cancelled?: boolean;
  past?: boolean;
}) {
  const { t, formatDate } = useI18n();
  // The API's `past` when the query asked for it; otherwise the same rule (ended before today in Paris).
  const ended = past ?? endsOn < parisToday();
  return (
    <span className="edition-dates">
      {formatDate(startsOn)} – {formatDate(endsOn)}
      {ended ? (
        <span className="past"> ({t(estimated ? 'festival.pastApproximate' : 'festival.past')})</span>
      ) : (
        estimated && <span className="estimated"> ({t('festival.estimated')})</span>
      )}
      {cancelled && <strong className="error"> {t('festival.cancelled')}</strong>}
    </span>
  );
}
