import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../auth/auth';
import { ErrorState, Loading } from '../components/StateViews';
import { enumLabel, languageName } from '../i18n/enum-labels';
import { useI18n } from '../i18n/i18n';
import { ClaimProfile } from './ClaimProfile';
import { Chips, ExternalLink, InternalLinks, Section } from './ProfileParts';
import { PERSON } from './profiles.queries';

export default function PersonPage() {
  const { slug = '' } = useParams();
  const { t, lang, formatDate } = useI18n();
  const { user, isMember, isStaff } = useAuth();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PERSON, variables: { slug } });
  if (fetching && !data) return <Loading />;
  if (error || !data)
    return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const person = data.person;
  const owner = user?.personId === person.id;
  const bio = lang === 'fr' ? (person.bioFr ?? person.bioEn) : (person.bioEn ?? person.bioFr);
  const contact: { label: string; value: ReactNode }[] = [];
  if (person.email)
    contact.push({ label: t('profile.email'), value: <a href={`mailto:${person.email}`}>{person.email}</a> });
  if (person.phone)
    contact.push({
      label: t('profile.phone'),
      value: <a href={`tel:${person.phone.replace(/\s/g, '')}`}>{person.phone}</a>,
    });
  if (person.website)
    contact.push({
      label: t('profile.website'),
      value: <ExternalLink href={person.website}>{person.website}</ExternalLink>,
    });

  return (
    <article className="profile">
      <header className="profile-header">
        <p className="badge badge-person">{person.kinds.map((kind) => enumLabel(lang, kind)).join(' · ')}</p>
        <h1>{person.name}</h1>
        {person.headline && <p className="headline">{person.headline}</p>}
        <p className="meta">
          {[person.city, person.mobilityKm ? t('profile.mobility', { km: person.mobilityKm }) : null]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {person.isDemo && <p className="demo-flag">{t('profile.demo')}</p>}
      </header>
      <div className="profile-body">
        <Section title={t('profile.contact')}>
          {contact.length > 0 ? (
            <dl className="contact">
              {contact.map((item) => (
                <div key={item.label}>
                  <dt>{item.label}</dt>
                  <dd>{item.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="hint">{user ? t('profile.contactHidden') : t('profile.contactSignIn')}</p>
          )}
        </Section>
        {person.titles.length > 0 && (
          <Section title={t('profile.crafts')}>
            {/* French titles in the form the person chose (feminine, masculine or inclusive). */}
            <Chips items={person.titles.map((title) => (lang === 'fr' ? title.fr : title.en))} />
          </Section>
        )}
        {person.languages.length > 0 && (
          <Section title={t('profile.languages')}>
            <Chips
              items={person.languages.map(
                (language) => `${languageName(lang, language.language)} (${t(`level.${language.level}`)})`,
              )}
            />
          </Section>
        )}
        {bio && (
          <Section title={t('profile.bio')}>
            <p className="bio">{bio}</p>
          </Section>
        )}
        <Section title={t('profile.availability')}>
          {person.availability.length ? (
            <ul>
              {person.availability.map((period) => (
                <li key={period.id}>
                  {formatDate(period.startsOn)} – {formatDate(period.endsOn)}
                  {period.note ? ` · ${period.note}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t('profile.noAvailability')}</p>
          )}
        </Section>
        {person.credits.length > 0 && (
          <Section title={t('profile.credits')}>
            <ul>
              {person.credits.map((credit) => (
                <li key={credit.id}>
                  <cite>{credit.title}</cite> ({credit.year}) · {enumLabel(lang, credit.format)}
                  {credit.companyName ? ` · ${credit.companyName}` : ''}
                </li>
              ))}
            </ul>
          </Section>
        )}
        {person.affiliations.some((a) => a.company) && (
          <Section title={t('profile.affiliations')}>
            <InternalLinks
              items={person.affiliations
                .filter((a) => a.company)
                .map((a) => ({
                  to: `/companies/${a.company!.slug}`,
                  label: a.company!.name,
                  // A declared affiliation is only the person's word: say so.
                  detail:
                    a.status === 'VERIFIED' ? a.role : `${a.role} · ${t(`membership.status.${a.status}`)}`,
                }))}
            />
          </Section>
        )}
        {person.school && (
          <Section title={t('profile.school')}>
            <InternalLinks
              items={[
                {
                  to: `/schools/${person.school.slug}`,
                  label: person.school.name,
                  detail: [person.programme?.title, person.graduationYear].filter(Boolean).join(', '),
                },
              ]}
            />
          </Section>
        )}
        {person.site && (
          <Section title={t('profile.site')}>
            <InternalLinks items={[{ to: `/sites/${person.site.slug}`, label: person.site.name }]} />
          </Section>
        )}
        {(person.showreelUrl || person.filmographyUrl) && (
          <Section title={t('profile.links')}>
            <ul>
              {person.showreelUrl && (
                <li>
                  <ExternalLink href={person.showreelUrl}>{t('profile.showreel')}</ExternalLink>
                </li>
              )}
              {person.filmographyUrl && (
                <li>
                  <ExternalLink href={person.filmographyUrl}>{t('profile.filmography')}</ExternalLink>
                </li>
              )}
            </ul>
          </Section>
        )}
        {isMember && !isStaff && !user?.personId && !owner && <ClaimProfile personId={person.id} />}
      </div>
    </article>
  );
}
