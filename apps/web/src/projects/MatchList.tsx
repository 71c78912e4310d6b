import { Link } from 'react-router';
import type { PartnerMatchesQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { countryName } from './format';
import { RequestIntroduction } from './RequestIntroduction';

export type Match = PartnerMatchesQuery['partnerMatches'][number];

const rounded = (value: number) => String(Math.round(value * 10) / 10);

/** Ranked partner companies: the score, each criterion's points and reason, and the data that is missing. */
export function MatchList({ projectId, matches }: { projectId: string; matches: Match[] }) {
  const { t, lang } = useI18n();
  return (
    <ol className="match-list">
      {matches.map((match) => {
        const titleId = `match-${match.company.id}`;
        return (
          <li key={match.company.id} className="match" aria-labelledby={titleId}>
            <div className="match-head">
              <h3 id={titleId}>
                <Link to={`/companies/${match.company.slug}`}>{match.company.name}</Link>
              </h3>
              <p className="meta">
                {match.company.city} · {countryName(lang, match.company.country)}
              </p>
              <p className="score">
                <meter min={0} max={100} value={match.score} aria-hidden="true" />
                <span>{t('match.score', { score: match.score })}</span>
              </p>
            </div>
            <details className="match-details">
              <summary>{t('match.reasons')}</summary>
              <ul className="reasons">
                {match.reasons.map((reason) => (
                  <li key={reason.criterion} data-code={reason.code}>
                    <strong>{t(`match.criterion.${reason.criterion}`)}</strong>{' '}
                    <span className="points">
                      {t('match.points', { points: rounded(reason.points), max: rounded(reason.max) })}
                    </span>
                    {' — '}
                    {reason.text}
                  </li>
                ))}
              </ul>
            </details>
            {match.missing.length > 0 && (
              <div className="missing">
                <p className="missing-title">{t('match.missing')}</p>
                <ul>
                  {match.missing.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </div>
            )}
            <RequestIntroduction projectId={projectId} company={match.company} />
          </li>
        );
      })}
    </ol>
  );
}
