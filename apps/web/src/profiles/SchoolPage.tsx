import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../components/StateViews';
import { languageName } from '../i18n/enum-labels';
import { useI18n } from '../i18n/i18n';
import { ExternalLink, InternalLinks, Section, SourceList } from './ProfileParts';
import { SCHOOL } from './profiles.queries';

const LEVELS: Record<string, string> = {
  BAC_PLUS_2: 'Bac+2',
  BAC_PLUS_3: 'Bac+3',
  BAC_PLUS_5: 'Bac+5',
  POST_MASTER: 'Bac+6',
  DOCTORATE: 'Doctorat',
  OTHER: '',
};

export default function SchoolPage() {
  const { slug = '' } = useParams();
  const { t, lang, formatDate } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: SCHOOL, variables: { slug } });
  if (fetching && !data) return <Loading />;
  if (error || !data)
    return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const school = data.school;
  return (
    <article className="profile">
      <header className="profile-header">
        <p className="badge badge-school">{t('type.SCHOOL')}</p>
        <h1>{school.name}</h1>
        <p className="meta">
          {school.city} · {t('profile.students', { count: school.studentCount })}
          {school.demoStudentCount > 0 &&
            ` (${t('profile.demoStudents', { count: school.demoStudentCount })})`}
          {!school.verified && <span className="unverified"> · {t('profile.unverified')}</span>}
        </p>
      </header>
      <div className="profile-body">
        <Section title={t('profile.bio')}>
          <p className="bio">{lang === 'fr' ? school.descriptionFr : school.descriptionEn}</p>
          {school.website && <ExternalLink href={school.website}>{school.website}</ExternalLink>}
        </Section>
        <Section title={t('profile.programmes')}>
          <ul className="programmes">
            {school.programmes.map((programme) => (
              <li key={programme.id}>
                <strong>{programme.title}</strong>
                {programme.isDemo && <span className="badge demo-flag"> {t('demo.badge')}</span>}
                <span className="detail">
                  {' '}
                  ·{' '}
                  {[
                    LEVELS[programme.level],
                    programme.discipline,
                    programme.languages.map((code) => languageName(lang, code)).join(', '),
                    t('profile.students', { count: programme.studentCount }),
                    programme.demoStudentCount > 0 &&
                      t('profile.demoStudents', { count: programme.demoStudentCount }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {programme.rncp && (
                  <span className={programme.rncpExpired ? 'detail rncp-expired' : 'detail'}>
                    {' · '}
                    {programme.rncpExpired
                      ? t('profile.rncpExpired', {
                          code: programme.rncp,
                          date: programme.rncpValidUntil ? formatDate(programme.rncpValidUntil) : '',
                        })
                      : programme.rncpValidUntil
                        ? t('profile.rncpValid', {
                            code: programme.rncp,
                            date: formatDate(programme.rncpValidUntil),
                          })
                        : programme.rncp}
                  </span>
                )}
                {!programme.verified && <span className="unverified"> · {t('profile.unverified')}</span>}
              </li>
            ))}
          </ul>
        </Section>
        {school.site && (
          <Section title={t('profile.site')}>
            <InternalLinks items={[{ to: `/sites/${school.site.slug}`, label: school.site.name }]} />
          </Section>
        )}
        {school.sources.length > 0 && (
          <Section title={t('profile.sources')}>
            <SourceList sources={school.sources} />
          </Section>
        )}
      </div>
    </article>
  );
}
