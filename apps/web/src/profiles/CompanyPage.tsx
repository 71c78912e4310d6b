import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../components/StateViews';
import { enumLabel } from '../i18n/enum-labels';
import { useI18n } from '../i18n/i18n';
import { CompanyMembership } from '../memberships/CompanyMembership';
import { CoproductionProfileSection } from './CoproductionProfileSection';
import { Chips, ExternalLink, InternalLinks, Section } from './ProfileParts';
import { COMPANY } from './profiles.queries';

export default function CompanyPage() {
  const { slug = '' } = useParams();
  const { t, lang } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: COMPANY, variables: { slug } });
  if (fetching && !data) return <Loading />;
  if (error || !data)
    return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const company = data.company;
  const regionNames = new Intl.DisplayNames([lang], { type: 'region' });
  return (
    <article className="profile">
      <header className="profile-header">
        <p className="badge badge-company">{t('type.COMPANY')}</p>
        <h1>{company.name}</h1>
        <p className="meta">
          {company.city} · {regionNames.of(company.country) ?? company.country}
        </p>
        {company.isDemo && <p className="demo-flag">{t('profile.demo')}</p>}
      </header>
      <div className="profile-body">
        <Section title={t('profile.bio')}>
          <p className="bio">{lang === 'fr' ? company.descriptionFr : company.descriptionEn}</p>
        </Section>
        {company.kinds.length > 0 && (
          <Section title={t('profile.kinds')}>
            <Chips items={company.kinds.map((kind) => enumLabel(lang, kind))} />
          </Section>
        )}
        {company.formats.length > 0 && (
          <Section title={t('profile.formats')}>
            <Chips items={company.formats.map((format) => enumLabel(lang, format))} />
          </Section>
        )}
        <Section title={t('profile.contact')}>
          <dl className="contact">
            {company.website && (
              <div>
                <dt>{t('profile.website')}</dt>
                <dd>
                  <ExternalLink href={company.website}>{company.website}</ExternalLink>
                </dd>
              </div>
            )}
            {company.siren && (
              <div>
                <dt>{t('profile.siren')}</dt>
                <dd>{company.siren}</dd>
              </div>
            )}
          </dl>
        </Section>
        {company.site && (
          <Section title={t('profile.site')}>
            <InternalLinks items={[{ to: `/sites/${company.site.slug}`, label: company.site.name }]} />
          </Section>
        )}
        {company.people.length > 0 && (
          <Section title={t('profile.people')}>
            <InternalLinks
              items={company.people.map((person) => ({
                to: `/people/${person.slug}`,
                label: person.name,
                detail: person.headline ?? undefined,
              }))}
            />
          </Section>
        )}
        <CompanyMembership companyId={company.id} slug={slug} />
      </div>
      {company.coproductionProfile && <CoproductionProfileSection profile={company.coproductionProfile} />}
    </article>
  );
}
