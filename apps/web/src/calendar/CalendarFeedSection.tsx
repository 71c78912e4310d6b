import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../components/ErrorAlert';
import { ErrorState } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { CREATE_FEED, MY_FEED, REVOKE_FEED } from './calendar.queries';

/**
 * The member's personal calendar feed: create it, replace its address (the old one stops working), revoke it.
 * The secret address is shown once, right after it is made, with a button to copy it.
 */
export function CalendarFeedSection() {
  const { t, lang, formatDate } = useI18n();
  const [feed, refetch] = useQuery({ query: MY_FEED, requestPolicy: 'network-only' });
  const [creation, create] = useMutation(CREATE_FEED);
  const [revocation, revoke] = useMutation(REVOKE_FEED);
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [copied, setCopied] = useState(false);
  const busy = creation.fetching || revocation.fetching;
  const live = feed.data?.myCalendarFeed ?? null;
  const error = creation.error ?? revocation.error;

  const makeFeed = async () => {
    const result = await create({ language: lang === 'en' ? 'EN' : 'FR' });
    if (result.data) {
      setUrl(result.data.createCalendarFeed.url);
      setRevoked(false);
      setCopied(false);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const revokeFeed = async () => {
    const result = await revoke({});
    if (result.data) {
      setUrl(null);
      setRevoked(true);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const copy = async () => {
    if (!url) return;
    await navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <section className="profile-section" aria-labelledby="calendar-feed">
      <h2 id="calendar-feed">{t('calendarFeed.title')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      {feed.error ? (
        <ErrorState error={feed.error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : (
        <>
          {url ? (
            <div className="field">
              <label htmlFor="calendar-feed-url">{t('calendarFeed.url')}</label>
              <input
                id="calendar-feed-url"
                type="text"
                readOnly
                value={url}
                onFocus={(event) => event.target.select()}
              />
              <p className="hint">{t('calendarFeed.secret')}</p>
              <button type="button" className="button" onClick={() => void copy()}>
                {t('calendarFeed.copy')}
              </button>
              <span role="status">{copied ? t('calendarFeed.copied') : ''}</span>
            </div>
          ) : live ? (
            <p>{t('calendarFeed.active', { date: formatDate(String(live.createdAt)) })}</p>
          ) : (
            <p>{revoked ? t('calendarFeed.revoked') : t('calendarFeed.none')}</p>
          )}
          <div className="actions">
            <button
              type="button"
              className={live ? 'button' : 'button primary'}
              disabled={busy || feed.fetching}
              onClick={() => void makeFeed()}
            >
              {live ? t('calendarFeed.rotate') : t('calendarFeed.create')}
            </button>
            {live && (
              <button type="button" className="button" disabled={busy} onClick={() => void revokeFeed()}>
                {t('calendarFeed.revoke')}
              </button>
            )}
          </div>
          {live && <p className="hint">{t('calendarFeed.rotateHint')}</p>}
          <ErrorAlert error={error} />
        </>
      )}
    </section>
  );
}
