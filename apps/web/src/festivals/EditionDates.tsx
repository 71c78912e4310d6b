import { useI18n } from '../i18n/i18n';

/** "12 – 18 mars 2027", flagged when the dates are estimated from the usual pattern rather than published. */
export function EditionDates({
  startsOn,
  endsOn,
  estimated,
  cancelled,
}: {
  startsOn: string;
  endsOn: string;
  estimated: boolean;
  cancelled?: boolean;
}) {
  const { t, formatDate } = useI18n();
  return (
    <span className="edition-dates">
      {formatDate(startsOn)} – {formatDate(endsOn)}
      {estimated && <span className="estimated"> ({t('festival.estimated')})</span>}
      {cancelled && <strong className="error"> {t('festival.cancelled')}</strong>}
    </span>
  );
}
