import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../auth/auth';
import { ErrorState, Loading } from '../components/StateViews';
import { enumLabel, languageName } from '../i18n/enum-labels';
import { useI18n } from '../i18n/i18n';
import { Chips, Section } from '../profiles/ProfileParts';
import { countryName, editionLabel, euros } from './format';
import { PartnerMatches } from './PartnerMatches';
import { MY_PROJECT_IDS, PROJECT } from './projects.queries';

export default function ProjectPage() {
  const { slug = '' } = useParams();
  const { t, lang } = useI18n();
  const { user } = useAuth();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PROJECT, variables: { slug } });
  const [mine] = useQuery({ query: MY_PROJECT_IDS, pause: !user, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <Loading />;
  if (error || !data)
    return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const project = data.project;
  const isOwner = Boolean(user) && Boolean(mine.data?.projects.edges.some((e) => e.node.id === project.id));
  const fundName = new Map(data.funds.map((fund) => [fund.slug, fund.name]));
  const none = <p className="hint">{t('project.none')}</p>;
  return (
    <article className="profile project">
      <header className="profile-header">
        <p className="badge badge-project">{t('project.badge')}</p>
        <h1>{project.title}</h1>
        <p className="meta">
          {enumLabel(lang, project.format)} · {t(`project.stage.${project.stage}`)}
          {project.ownerCompany && (
            <>
              {' · '}
              <Link to={`/companies/${project.ownerCompany.slug}`}>{project.ownerCompany.name}</Link>
            </>
          )}
        </p>
        {project.isDemo && <p className="demo-flag">{t('profile.demo')}</p>}
        {isOwner && (
          <p className="meta">
            {t(`project.visibility.${project.visibility}`)} ·{' '}
            <Link to={`/me/projects/${project.slug}/edit`}>{t('project.edit')}</Link>
          </p>
        )}
      </header>
      <div className="profile-body">
        <Section title={t('project.logline')}>
          <p className="bio">{project.logline}</p>
        </Section>
        {project.synopsis && (
          <Section title={t('project.synopsis')}>
            <p className="bio">{project.synopsis}</p>
          </Section>
        )}
        <Section title={t('project.budget')}>
          <dl className="contact">
            <div>
              <dt>{t('project.budget')}</dt>
              <dd>{project.budgetEur != null ? euros(lang, project.budgetEur) : t('project.none')}</dd>
            </div>
            <div>
              <dt>{t('project.financing')}</dt>
              <dd>
                {project.financingSecuredEur != null
                  ? euros(lang, project.financingSecuredEur)
                  : t('project.none')}
              </dd>
            </div>
          </dl>
        </Section>
        {project.genres.length > 0 && (
          <Section title={t('project.genres')}>
            <Chips items={project.genres} />
          </Section>
        )}
        {project.languages.length > 0 && (
          <Section title={t('project.languages')}>
            <Chips items={project.languages.map((code) => languageName(lang, code))} />
          </Section>
        )}
        <Section title={t('project.rolesSought')}>
          {project.rolesSought.length ? (
            <Chips items={project.rolesSought.map((r) => t(`role.${r}`))} />
          ) : (
            none
          )}
        </Section>
        {project.countriesSought.length > 0 && (
          <Section title={t('project.countriesSought')}>
            <Chips items={project.countriesSought.map((code) => countryName(lang, code))} />
          </Section>
        )}
        <Section title={t('project.team')}>
          {project.team.length ? (
            <ul className="link-list">
              {project.team.map((entry, i) => (
                <li key={entry.person?.slug ?? `hidden-${i}`}>
                  {entry.person ? (
                    <Link to={`/people/${entry.person.slug}`}>{entry.person.name}</Link>
                  ) : (
                    <span className="hint">{t('project.teamHidden')}</span>
                  )}
                  <span className="detail"> · {entry.role}</span>
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Section>
        <Section title={t('project.funds')}>
          {project.funds.length ? (
            <ul className="link-list">
              {project.funds.map((fund) => (
                <li key={fund.fund}>
                  {fundName.get(fund.fund) ?? fund.fund}
                  <span className="detail">
                    {' · '}
                    {t(`project.fund.${fund.status}`)}
                    {fund.amountEur != null && ` · ${euros(lang, fund.amountEur)}`}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Section>
        <Section title={t('project.targetEditions')}>
          {project.targetEditions.length ? <Chips items={project.targetEditions.map(editionLabel)} /> : none}
        </Section>
      </div>
      {isOwner && (
        <PartnerMatches
          projectId={project.id}
          preferredEditionIds={project.targetEditions.map((edition) => edition.id)}
        />
      )}
    </article>
  );
}
