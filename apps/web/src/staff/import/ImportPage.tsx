import { FormEvent, useState } from 'react';
import { useAuth } from '../../auth/auth';
import { useI18n } from '../../i18n/i18n';
import { IMPORT_TYPES, ImportReport, ImportType, postImport, RestError } from './import-report';
import { ImportReportView } from './ImportReportView';

/** STAFF: a spreadsheet (CSV or XLSX) of people, companies, schools or projects, checked first by default. */
export default function ImportPage() {
  const { t } = useI18n();
  const { authorizedFetch } = useAuth();
  const [type, setType] = useState<ImportType>('people');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [sending, setSending] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<RestError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setSending(true);
    setError(null);
    setReport(null);
    try {
      const result = await postImport(authorizedFetch, type, file, dryRun);
      if ('report' in result) setReport(result.report);
      else setError(result.error);
    } catch {
      setError({ code: 'INTERNAL_SERVER_ERROR', message: t('state.error') });
    } finally {
      setSending(false);
    }
  };

  return (
    <div>
      <h1>{t('import.title')}</h1>
      <form className="narrow" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="import-type">{t('import.type')}</label>
          <select
            id="import-type"
            value={type}
            onChange={(event) => setType(event.target.value as ImportType)}
          >
            {IMPORT_TYPES.map((one) => (
              <option key={one} value={one}>
                {t(`import.type.${one}`)}
              </option>
            ))}
          </select>
          <p className="hint">{t(`import.columns.${type}`)}</p>
        </div>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <p className="hint">{t('import.fileHint')}</p>
        </div>
        <div className="checkbox">
          <input
            id="import-dry-run"
            type="checkbox"
            checked={dryRun}
            onChange={(event) => setDryRun(event.target.checked)}
          />
          <label htmlFor="import-dry-run">{t('import.dryRun')}</label>
        </div>
        <button type="submit" className={dryRun ? 'button' : 'button danger'} disabled={!file || sending}>
          {dryRun ? t('import.check') : t('import.run')}
        </button>
      </form>
      {sending && (
        <p role="status" className="state">
          {t('import.sending')}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {t('import.failed')} {error.message}
        </p>
      )}
      {report && <ImportReportView report={report} />}
    </div>
  );
}
