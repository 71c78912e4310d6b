import { useState } from 'react';
import { useI18n } from '../i18n/i18n';

/** Cursor pages of a Relay connection: the cursors of the pages before this one, and `after` for the query. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    after: cursors.at(-1) ?? null,
    page: cursors.length + 1,
    next: (endCursor: string) => setCursors([...cursors, endCursor]),
    previous: () => setCursors(cursors.slice(0, -1)),
  };
}

/** Previous and next buttons under a list; nothing when everything fits on one page. */
export function Pager({
  pages,
  pageInfo,
  label,
}: {
  pages: ReturnType<typeof useCursorPages>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  /** The navigation's name when a page has more than one pager. */
  label?: string;
}) {
  const { t } = useI18n();
  const hasNext = Boolean(pageInfo?.hasNextPage && pageInfo.endCursor);
  if (pages.page === 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={label ?? t('search.pagination')}>
      {pages.page > 1 ? (
        <button type="button" className="button" onClick={pages.previous}>
          {t('search.previous')}
        </button>
      ) : (
        <span />
      )}
      <span className="hint">{t('pager.page', { page: pages.page })}</span>
      {hasNext && (
        <button type="button" className="button" onClick={() => pages.next(pageInfo!.endCursor!)}>
          {t('search.next')}
        </button>
      )}
    </nav>
  );
}
