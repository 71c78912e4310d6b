import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorState, Loading } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { notificationText } from './notification-text';
import { MARK_ALL_READ, MARK_READ, MY_NOTIFICATIONS } from './notifications.queries';

const PAGE = 30;

/** Everything that concerned me, newest first; opening an item marks it read. */
export default function NotificationsPage() {
  const { t, formatDate, lang } = useI18n();
  const [first, setFirst] = useState(PAGE);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MY_NOTIFICATIONS,
    variables: { first },
    requestPolicy: 'cache-and-network',
  });
  const [, markRead] = useMutation(MARK_READ);
  const [, markAllRead] = useMutation(MARK_ALL_READ);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (error || !data) return <ErrorState error={error} retry={reload} />;
  const list = data.myNotifications;
  const unread = list.edges.filter((edge) => !edge.node.readAt).length;
  return (
    <section className="notifications">
      <h1>{t('notifications.title')}</h1>
      <p>
        <Link to="/me/notifications">{t('notifications.settingsLink')}</Link>
      </p>
      {unread > 0 && (
        <button type="button" onClick={() => void markAllRead({}).then(reload)}>
          {t('notifications.markAllRead')}
        </button>
      )}
      {list.totalCount === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <ul className="notification-list">
          {list.edges.map(({ node }) => (
            <li key={node.id} className={node.readAt ? 'read' : 'unread'}>
              <Link
                to={node.path}
                onClick={() => {
                  if (!node.readAt) void markRead({ ids: [node.id] });
                }}
              >
                {!node.readAt && <span className="visually-hidden">{t('notifications.unread')} </span>}
                {notificationText(t, formatDate, lang, node)}
              </Link>{' '}
              <time dateTime={String(node.createdAt)}>{formatDate(String(node.createdAt))}</time>
              {!node.readAt && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void markRead({ ids: [node.id] }).then(reload)}
                >
                  {t('notifications.markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setFirst(first + PAGE)}>
          {t('notifications.more')}
        </button>
      )}
    </section>
  );
}
