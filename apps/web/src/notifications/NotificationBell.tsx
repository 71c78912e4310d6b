import { useEffect } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../i18n/i18n';
import { UNREAD_COUNT } from './notifications.queries';

const REFRESH_MS = 60_000;

/** The header's bell: my unread count, fetched on each navigation and every minute. */
export function NotificationBell() {
  const { t } = useI18n();
  const location = useLocation();
  const [{ data }, refetch] = useQuery({ query: UNREAD_COUNT, requestPolicy: 'network-only' });
  useEffect(() => {
    refetch({ requestPolicy: 'network-only' });
  }, [location.pathname, refetch]);
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refetch]);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="bell"
      aria-label={count ? t('bell.unread', { count }) : t('bell.label')}
      data-testid="notification-bell"
    >
      <span aria-hidden="true">🔔</span>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
