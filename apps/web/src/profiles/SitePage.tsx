import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { PlaceMap } from '../map/PlaceMap';
import { Chips, ExternalLink, InternalLinks, Section, SourceList } from './ProfileParts';
import { SITE } from './profiles.queries';

export default function SitePage() {
  const { slug = '' } = useParams();
  const { t, lang } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: SITE, variables: { slug } });
  if (fetching && !data) return <Loading />;
  if (error || !data)
    return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const site = data.site;
  return (
    <article className="profile">
      <header className="profile-header">
        <p className="badge badge-site">{t('type.SITE')}</p>
        <h1>{site.name}</h1>
        <p className="meta">
          {site.city} · {t('profile.sitePeople', { count: site.peopleCount })}
          {site.demoPeopleCount > 0 && ` (${t('profile.demoStudents', { count: site.demoPeopleCount })})`}
        </p>
      </header>
      <div className="profile-body">
        <Section title={t('profile.bio')}>
          <p className="bio">{lang === 'fr' ? site.descriptionFr : site.descriptionEn}</p>
          {site.figuresYear && <p className="hint">{t('profile.figuresYear', { year: site.figuresYear })}</p>}
          {site.website && <ExternalLink href={site.website}>{site.website}</ExternalLink>}
        </Section>
        <Section title={t('map.title')}>
          <PlaceMap
            places={[{ id: site.id, name: site.name, lat: site.lat, lng: site.lng }]}
            label={t('map.siteLabel', { name: site.name, city: site.city })}
          />
        </Section>
        {site.address && (
          <Section title={t('profile.address')}>
            <p>
              {/* The reference address already ends with its postcode and city. */}
              {site.postcode && site.address.includes(site.postcode)
                ? site.address
                : `${site.address}, ${site.postcode ?? ''} ${site.city}`}
              {!site.addressVerified && <span className="unverified"> ({t('profile.unverified')})</span>}
            </p>
          </Section>
        )}
        {site.facilities.length > 0 && (
          <Section title={t('profile.facilities')}>
            <Chips items={site.facilities} />
          </Section>
        )}
        {site.companies.length > 0 && (
          <Section title={t('profile.tenants')}>
            <InternalLinks
              items={site.companies.map((c) => ({
                to: `/companies/${c.slug}`,
                label: c.name,
                detail: c.isDemo ? `${c.city} · ${t('demo.badge')}` : c.city,
              }))}
            />
          </Section>
        )}
        {site.schools.length > 0 && (
          <Section title={t('profile.tenantSchools')}>
            <InternalLinks items={site.schools.map((s) => ({ to: `/schools/${s.slug}`, label: s.name }))} />
          </Section>
        )}
        {site.sources.length > 0 && (
          <Section title={t('profile.sources')}>
            <SourceList sources={site.sources} />
          </Section>
        )}
      </div>
    </article>
  );
}
