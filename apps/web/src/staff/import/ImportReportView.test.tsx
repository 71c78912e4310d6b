import { render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n';
import type { ImportReport } from './import-report';
import { postImport } from './import-report';
import { ImportReportView } from './ImportReportView';

const REPORT: ImportReport = {
  type: 'people',
  file: 'people.csv',
  dryRun: true,
  atomic: false,
  mode: 'upsert',
  language: 'en',
  rows: 7,
  created: 4,
  updated: 1,
  unchanged: 0,
  skipped: 0,
  invalid: 2,
  problems: [
    { row: 5, column: 'email', message: 'not an email address' },
    { row: 7, column: 'métiers', message: 'unknown craft "perchiste de nuit"' },
  ],
  problemsOmitted: 0,
  written: false,
  batches: 0,
  seconds: 0.2,
};

describe('import report', () => {
  it('lists the counts and a row of the table per problem', () => {
    render(
      <I18nProvider lang="fr">
        <ImportReportView report={REPORT} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Simulation sur 7 lignes de people.csv : rien n’a été écrit.',
    );
    expect(screen.getByText('Créées').nextSibling?.textContent).toBe('4');
    expect(screen.getByText('Invalides').nextSibling?.textContent).toBe('2');
    const table = screen.getByRole('table', { name: '2 problèmes' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['5', 'email', 'not an email address'],
      ['7', 'métiers', 'unknown craft "perchiste de nuit"'],
    ]);
  });

  it('says nothing is wrong when there is no problem', () => {
    render(
      <I18nProvider lang="en">
        <ImportReportView report={{ ...REPORT, dryRun: false, written: true, invalid: 0, problems: [] }} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('7 rows of people.csv imported.');
    expect(screen.getByText('No problem.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('posts the file as multipart to /import/:type with the dry-run flag, and reads a refusal', async () => {
    const sent: { url: string; init?: RequestInit }[] = [];
    const fetchStub = (async (url: string, init?: RequestInit) => {
      sent.push({ url, init });
      return new Response(
        JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: 'unknown column "foo"' } }),
        {
          status: 400,
        },
      );
    }) as unknown as typeof fetch;
    const file = new File(['first_name\nLéa\n'], 'people.csv', { type: 'text/csv' });
    const result = await postImport(fetchStub, 'people', file, true);
    expect(sent[0].url).toBe('/import/people?dryRun=true');
    expect(sent[0].init?.method).toBe('POST');
    expect((sent[0].init?.body as FormData).get('file')).toBeTruthy();
    expect(result).toEqual({ error: { code: 'BAD_USER_INPUT', message: 'unknown column "foo"' } });
  });
});
