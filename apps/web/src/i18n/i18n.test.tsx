import { render, screen } from '@testing-library/react';
import { I18nProvider, useI18n } from './i18n';

function Dates({ values }: { values: string[] }) {
  const { formatDate } = useI18n();
  return <output data-testid="dates">{values.map(formatDate).join(' | ')}</output>;
}

describe('dates in the app', () => {
  it('are days of the Paris calendar, not of the browser’s zone (the test runs in UTC)', () => {
    // 23:30 UTC on 6 December is 00:30 on the 7th in Paris (22:15 UTC on 30 June, 00:15 on 1 July); a day stays
    // that day.
    render(
      <I18nProvider lang="fr">
        <Dates values={['2026-12-06T23:30:00Z', '2026-12-06', '2026-06-30T22:15:00Z']} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('dates').textContent).toBe('7 déc. 2026 | 6 déc. 2026 | 1 juil. 2026');
  });
});
