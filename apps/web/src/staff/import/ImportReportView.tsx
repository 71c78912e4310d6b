import { useI18n } from '../../i18n/i18n';
import type { ImportReport } from './import-report';

/** What an import did (or would do, in a dry run), and every problem by row and column. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const blocked = !report.dryRun && report.atomic && report.invalid > 0;
  return (
    <section aria-labelledby="import-report" className="import-report">
      <h2 id="import-report">{t('import.report')}</h2>
      <p role="status">
        {report.dryRun
          ? t('import.dryRunDone', { rows: report.rows, file: report.file })
          : report.written
            ? t('import.written', { rows: report.rows, file: report.file })
            : t('import.nothingWritten', { rows: report.rows, file: report.file })}
        {blocked && ` ${t('import.blocked')}`}
      </p>
      {report.encoding && <p className="hint">{t('import.encoding', { encoding: report.encoding })}</p>}
      <dl className="report-counts">
        {(['created', 'updated', 'unchanged', 'skipped', 'invalid'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`import.count.${key}`)}</dt>
            <dd>{report[key]}</dd>
          </div>
        ))}
      </dl>
      {report.problems.length === 0 ? (
        <p>{t('import.noProblems')}</p>
      ) : (
        <table className="table">
          <caption>
            {t('import.problems', { count: report.problems.length + report.problemsOmitted })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((problem, index) => (
              <tr key={`${problem.row}-${problem.column}-${index}`}>
                <td>{problem.row}</td>
                <td>{problem.column}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.problemsOmitted > 0 && (
        <p className="hint">{t('import.omitted', { count: report.problemsOmitted })}</p>
      )}
    </section>
  );
}
