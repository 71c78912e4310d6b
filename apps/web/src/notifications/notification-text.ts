import { fr, MessageKey } from '../i18n/fr';
import type { Translate } from '../i18n/i18n';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A notification in the reader's language: the event's sentence with its parameters, dates formatted and
 * codes (deadline, status) as words. An event this app version does not know falls back to the server's text.
 */
export function notificationText(
  t: Translate,
  formatDate: (iso: string) => string,
  lang: 'fr' | 'en',
  notification: { event: string; text: string; params: readonly { name: string; value: string }[] },
): string {
  const key = `notifications.event.${notification.event}`;
  if (!(key in fr)) return notification.text;
  const values: Record<string, string> = {};
  for (const { name, value } of notification.params)
    values[name] = ISO_DATE.test(value) ? formatDate(value) : value;
  // A PRIVATE project's title is not sent to who may not see it (an introduction request to a company).
  // Someone who had their personal data erased is no longer named in what others were told.
  if (values.personErased === 'true' && values.personName === undefined)
    values.personName = t('notifications.erasedPerson');
  if (values.contactErased === 'true' && values.contactName === undefined) {
    values.contactName = t('notifications.erasedPerson');
    values.contactEmail = t('notifications.erasedContact');
  }
  if (values.projectHidden === 'true' && values.projectTitle === undefined)
    values.projectTitle = t('intros.hiddenProject');
  const label = (prefix: string, code: string | undefined) =>
    code && `${prefix}${code}` in fr ? t(`${prefix}${code}` as MessageKey) : code;
  values.deadlineLabel = label('notifications.deadline.', values.deadline) ?? '';
  values.statusLabel = label('notifications.status.', values.status) ?? '';
  if (values.days !== undefined) {
    const days = Number(values.days);
    values.inDays =
      days <= 0
        ? t('notifications.inDays.today')
        : days === 1
          ? t('notifications.inDays.tomorrow')
          : t('notifications.inDays.other', { days: values.days });
  }
  if (values.count !== undefined) {
    // "1 nouvelle entreprise", "7 nouvelles entreprises": the plural of the reader's language.
    const one = new Intl.PluralRules(lang).select(Number(values.count)) === 'one';
    values.newCompanies = t(one ? 'notifications.newCompanies.one' : 'notifications.newCompanies.other', {
      count: values.count,
    });
  }
  const text = t(key as MessageKey, values);
  // A sentence that starts with a value ("une personne dont …") starts in capitals.
  return text.charAt(0).toUpperCase() + text.slice(1);
}
