import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorState, Loading } from '../components/StateViews';
import type { Language, NotificationDelivery, NotificationKind } from '../gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { MY_SETTINGS, UPDATE_SETTINGS } from './notifications.queries';

const DELIVERIES: NotificationDelivery[] = ['IMMEDIATE', 'DIGEST', 'OFF'];

/** My language and, per kind of event, an email at once, in the daily digest, or none. */
export default function NotificationSettingsPage() {
  const { t, formatDate } = useI18n();
  const [{ data, error, fetching }, refetch] = useQuery({ query: MY_SETTINGS });
  const [saving, save] = useMutation(UPDATE_SETTINGS);
  const [language, setLanguage] = useState<Language | null>(null);
  const [choices, setChoices] = useState<Record<string, NotificationDelivery>>({});
  const [saved, setSaved] = useState(false);
  const settings = data?.myNotificationSettings;
  if (fetching && !data) return <Loading />;
  if (error || !settings)
    return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save({
      input: {
        language: language ?? settings.language,
        // What the member sees: their changes over the current settings.
        preferences: settings.preferences.map((p) => ({
          kind: p.kind as NotificationKind,
          delivery: choices[p.kind] ?? p.delivery,
        })),
      },
    });
    if (!result.error) setSaved(true);
  };

  return (
    <section className="notification-settings">
      <h1>{t('notifications.settings.title')}</h1>
      {settings.emailBouncedAt && (
        <p className="banner" role="alert">
          {t('notifications.settings.bounced', { date: formatDate(String(settings.emailBouncedAt)) })}
        </p>
      )}
      <p>{t('notifications.settings.intro', { hour: settings.digestHour })}</p>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          {t('notifications.settings.language')}{' '}
          <select
            value={language ?? settings.language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            <option value="fr" lang="fr">
              Français
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
        {settings.preferences.map((preference) => (
          <fieldset key={preference.kind}>
            <legend>{t(`notifications.kind.${preference.kind}` as MessageKey)}</legend>
            {DELIVERIES.map((delivery) => (
              <label key={delivery}>
                <input
                  type="radio"
                  name={preference.kind}
                  value={delivery}
                  checked={(choices[preference.kind] ?? preference.delivery) === delivery}
                  onChange={() => setChoices({ ...choices, [preference.kind]: delivery })}
                />{' '}
                {t(`notifications.delivery.${delivery}` as MessageKey)}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit" disabled={saving.fetching}>
          {t('notifications.settings.save')}
        </button>
        {saved && <p role="status">{t('notifications.settings.saved')}</p>}
        {saving.error && <p role="alert">{t('state.error')}</p>}
      </form>
    </section>
  );
}
