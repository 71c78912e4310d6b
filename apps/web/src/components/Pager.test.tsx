import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../i18n/i18n';
import { Pager, useCursorPages } from './Pager';

function Harness({ pageInfo }: { pageInfo: { hasNextPage: boolean; endCursor: string | null } }) {
  const pages = useCursorPages();
  return (
    <>
      <p data-testid="after">{pages.after ?? 'none'}</p>
      <Pager pages={pages} pageInfo={pageInfo} />
    </>
  );
}

describe('Pager', () => {
  it('moves to the next page by its cursor and back, and hides itself on a single page', async () => {
    const { rerender } = render(
      <I18nProvider lang="fr">
        <Harness pageInfo={{ hasNextPage: true, endCursor: 'c50' }} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    expect(screen.getByTestId('after').textContent).toBe('c50');
    expect(screen.getByText('Page 2')).toBeTruthy();
    rerender(
      <I18nProvider lang="fr">
        <Harness pageInfo={{ hasNextPage: false, endCursor: 'c80' }} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Page précédente' }));
    expect(screen.getByTestId('after').textContent).toBe('none');
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
