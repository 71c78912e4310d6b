import { useI18n } from '../../i18n/i18n';

export interface ChartRow {
  key: string;
  label: string;
  /** One value per series. */
  values: number[];
}

const BAR = 18;
const GAP = 6;
const LABEL_WIDTH = 200;
const CHART_WIDTH = 360;
const COLOURS = ['var(--accent, #2456a6)', 'var(--accent-2, #c0561b)'];

/**
 * A plain SVG bar chart, one row per label, one bar per series. Screen readers get the chart as one image with a
 * summary in its aria-label, and the exact numbers in the table under it.
 */
export function BarChart({ title, series, rows }: { title: string; series: string[]; rows: ChartRow[] }) {
  const { t } = useI18n();
  if (rows.length === 0)
    return (
      <figure className="dashboard-chart">
        <figcaption>{title}</figcaption>
        <p className="detail">{t('dashboard.empty')}</p>
      </figure>
    );
  const max = Math.max(1, ...rows.flatMap((row) => row.values));
  const rowHeight = series.length * BAR + GAP;
  const height = rows.length * rowHeight + GAP;
  const summary = rows
    .map((row) =>
      series.length === 1
        ? `${row.label} ${row.values[0]}`
        : `${row.label} ${row.values.map((value, i) => `${series[i]} ${value}`).join(', ')}`,
    )
    .join(' ; ');
  return (
    <figure className="dashboard-chart">
      <figcaption>{title}</figcaption>
      {series.length > 1 && (
        <ul className="dashboard-legend" aria-hidden="true">
          {series.map((name, i) => (
            <li key={name}>
              <svg width="12" height="12">
                <rect width="12" height="12" fill={COLOURS[i % COLOURS.length]} />
              </svg>{' '}
              {name}
            </li>
          ))}
        </ul>
      )}
      <svg
        role="img"
        aria-label={t('dashboard.chartSummary', { title, values: summary })}
        viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH + 40} ${height}`}
        width="100%"
        style={{ maxWidth: LABEL_WIDTH + CHART_WIDTH + 40 }}
      >
        {rows.map((row, r) => {
          const top = GAP + r * rowHeight;
          return (
            <g key={row.key}>
              <text
                x={LABEL_WIDTH - 6}
                y={top + (series.length * BAR) / 2 + 4}
                textAnchor="end"
                fontSize="12"
              >
                {row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}
              </text>
              {row.values.map((value, i) => {
                const width = (value / max) * CHART_WIDTH;
                return (
                  <g key={i}>
                    <rect
                      x={LABEL_WIDTH}
                      y={top + i * BAR}
                      width={width}
                      height={BAR - 2}
                      fill={COLOURS[i % COLOURS.length]}
                    />
                    <text x={LABEL_WIDTH + width + 4} y={top + i * BAR + BAR - 5} fontSize="12">
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('dashboard.table')}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.label')}</th>
              {series.map((name) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, i) => (
                  <td key={i}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
