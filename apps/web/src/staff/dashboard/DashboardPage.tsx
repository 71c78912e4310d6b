import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/StateViews';
import { enumLabel } from '../../i18n/enum-labels';
import type { MessageKey } from '../../i18n/fr';
import { useI18n } from '../../i18n/i18n';
import { BarChart, ChartRow } from './BarChart';
import { STAFF_DASHBOARD } from './dashboard.queries';

type Count = { key: string; count: number; labelFr?: string; labelEn?: string };

/** STAFF: the platform in figures, each chart with its numbers in a table (issue 19). */
export default function DashboardPage() {
  const { t, lang, formatDate } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: STAFF_DASHBOARD,
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <Loading />;
  if (error || !data)
    return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const d = data.staffDashboard;
  const named = (counts: Count[]): ChartRow[] =>
    counts.map((c) => ({
      key: c.key,
      label: (lang === 'en' ? c.labelEn : c.labelFr) ?? c.key,
      values: [c.count],
    }));
  const worded = (counts: Count[], word: (key: string) => string): ChartRow[] =>
    counts.map((c) => ({ key: c.key, label: word(c.key), values: [c.count] }));
  const count = [t('dashboard.count')];
  return (
    <div className="dashboard">
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.intro')}</p>

      <section aria-labelledby="dashboard-members">
        <h2 id="dashboard-members">{t('dashboard.membersHeading')}</h2>
        <p>{t('dashboard.members', { count: d.members, demo: d.demoMembers })}</p>
        <BarChart title={t('dashboard.byDepartment')} series={count} rows={named(d.membersByDepartment)} />
        <BarChart title={t('dashboard.byCraft')} series={count} rows={named(d.membersByCraft)} />
        <BarChart title={t('dashboard.bySite')} series={count} rows={named(d.membersBySite)} />
      </section>

      <section aria-labelledby="dashboard-waiting">
        <h2 id="dashboard-waiting">{t('dashboard.waiting')}</h2>
        <p>{t('dashboard.waitingNow', { accounts: d.pendingAccounts, claims: d.pendingClaims })}</p>
        <BarChart
          title={t('dashboard.byWeek')}
          series={[t('dashboard.accounts'), t('dashboard.claims')]}
          rows={d.pendingByWeek.map((week) => ({
            key: week.weekStart,
            label: `${t('dashboard.week')} ${formatDate(week.weekStart)}`,
            values: [week.pendingAccounts, week.pendingClaims],
          }))}
        />
      </section>

      <section aria-labelledby="dashboard-editions">
        <h2 id="dashboard-editions">{t('dashboard.editions')}</h2>
        {d.editions.length === 0 ? (
          <p>{t('dashboard.noEditions')}</p>
        ) : (
          d.editions.map((edition) => (
            <BarChart
              key={edition.editionId}
              title={t('dashboard.editionStatuses', {
                edition: `${edition.festivalName} ${edition.year} (${formatDate(edition.startsOn)})`,
              })}
              series={count}
              rows={worded(edition.byStatus, (key) => t(`delegation.status.${key}` as MessageKey))}
            />
          ))
        )}
      </section>

      <section aria-labelledby="dashboard-projects">
        <h2 id="dashboard-projects">{t('dashboard.projects')}</h2>
        <BarChart
          title={t('dashboard.byFormat')}
          series={count}
          rows={worded(d.projectsByFormat, (key) => enumLabel(lang, key))}
        />
        <BarChart
          title={t('dashboard.byStage')}
          series={count}
          rows={worded(d.projectsByStage, (key) => t(`project.stage.${key}` as MessageKey))}
        />
      </section>
    </div>
  );
}
