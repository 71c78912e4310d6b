import type { CompanyProfileQuery } from '../gql/graphql';
import { enumLabel, languageName } from '../i18n/enum-labels';
import { useI18n } from '../i18n/i18n';
import { countryName, editionLabel, euros } from '../projects/format';
import { Chips, Section } from './ProfileParts';

type Profile = NonNullable<CompanyProfileQuery['company']['coproductionProfile']>;

/** The region and community codes the API accepts (CoproductionProfileInput.subdivision). */
type Subdivision = 'FR-HDF' | 'BE-WAL' | 'BE-BRU' | 'BE-VLG' | 'BE-FWB';

/** What a company seeks and offers as a co-producer, when it has said so. */
export function CoproductionProfileSection({ profile }: { profile: Profile }) {
  const { t, lang } = useI18n();
  const { budgetMinEur: min, budgetMaxEur: max } = profile;
  const budget =
    min != null && max != null
      ? t('coproProfile.budgetRange', { min: euros(lang, min), max: euros(lang, max) })
      : min != null
        ? `≥ ${euros(lang, min)}`
        : max != null
          ? `≤ ${euros(lang, max)}`
          : null;
  return (
    <section className="profile-section coproduction-profile" aria-labelledby="copro-title">
      <h2 id="copro-title">{t('coproProfile.title')}</h2>
      {profile.seeksProjects && <p className="notice">{t('coproProfile.seeks')}</p>}
      <div className="profile-body">
        {profile.rolesOffered.length > 0 && (
          <Section title={t('coproProfile.roles')}>
            <Chips items={profile.rolesOffered.map((role) => t(`role.${role}`))} />
          </Section>
        )}
        {profile.formats.length > 0 && (
          <Section title={t('profile.formats')}>
            <Chips items={profile.formats.map((format) => enumLabel(lang, format))} />
          </Section>
        )}
        {profile.genres.length > 0 && (
          <Section title={t('project.genres')}>
            <Chips items={profile.genres} />
          </Section>
        )}
        {budget && (
          <Section title={t('coproProfile.budget')}>
            <p>{budget}</p>
          </Section>
        )}
        {profile.subdivision && (
          <Section title={t('coproProfile.subdivision')}>
            <p>{t(`subdivision.${profile.subdivision as Subdivision}`)}</p>
          </Section>
        )}
        {profile.coproductionCountries.length > 0 && (
          <Section title={t('coproProfile.countries')}>
            <Chips items={profile.coproductionCountries.map((code) => countryName(lang, code))} />
          </Section>
        )}
        {profile.languages.length > 0 && (
          <Section title={t('profile.languages')}>
            <Chips items={profile.languages.map((code) => languageName(lang, code))} />
          </Section>
        )}
        {profile.attendingEditions.length > 0 && (
          <Section title={t('coproProfile.attending')}>
            <Chips items={profile.attendingEditions.map(editionLabel)} />
          </Section>
        )}
        {profile.trackRecord.length > 0 && (
          <Section title={t('coproProfile.trackRecord')}>
            <ul className="link-list">
              {profile.trackRecord.map((entry) => (
                <li key={`${entry.title}-${entry.year}`}>
                  {entry.title}
                  <span className="detail">
                    {' · '}
                    {enumLabel(lang, entry.format)}
                    {` · ${entry.year}`}
                    {entry.countries.length > 0 &&
                      ` · ${entry.countries.map((code) => countryName(lang, code)).join(', ')}`}
                  </span>
                </li>
              ))}
            </ul>
          </Section>
        )}
      </div>
    </section>
  );
}
