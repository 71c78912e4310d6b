import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import { isCurrentAffiliation } from '../memberships/affiliations';
import { useI18n } from '../i18n/i18n';
import { IntroductionCard } from './IntroductionCard';
import { INTRODUCTIONS, MY_AFFILIATIONS } from './introductions.queries';

/** Requests I sent (as a project's team) and requests my companies received, which their members answer. */
export default function IntroductionsPage() {
  const { t } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: INTRODUCTIONS,
    requestPolicy: 'cache-and-network',
  });
  const personId = data?.me.personId ?? null;
  const [affiliations] = useQuery({
    query: MY_AFFILIATIONS,
    variables: { personId: personId ?? '' },
    pause: !personId,
  });
  if ((fetching && !data) || (personId && affiliations.fetching && !affiliations.data)) return <Loading />;
  if (error || !data)
    return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const myCompanies = new Set(
    (affiliations.data?.person.affiliations ?? [])
      .filter((affiliation) => isCurrentAffiliation(affiliation))
      .map((affiliation) => affiliation.companyId),
  );
  const all = data.introductions.edges.map((edge) => edge.node);
  const received = all.filter((intro) => myCompanies.has(intro.companyId));
  const sent = all.filter((intro) => !myCompanies.has(intro.companyId));
  return (
    <div className="narrow introductions">
      <h1>{t('intros.title')}</h1>
      {data.introductions.totalCount > all.length && (
        <p className="hint">
          {t('intros.latest', { shown: all.length, total: data.introductions.totalCount })}
        </p>
      )}
      <section aria-labelledby="intros-received">
        <h2 id="intros-received">{t('intros.received')}</h2>
        {myCompanies.size === 0 ? (
          <Empty title={t('intros.noCompany')} />
        ) : received.length === 0 ? (
          <Empty title={t('intros.noneReceived')} />
        ) : (
          <ul className="intro-list">
            {received.map((intro) => (
              <IntroductionCard key={intro.id} introduction={intro} side="company" />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="intros-sent">
        <h2 id="intros-sent">{t('intros.sent')}</h2>
        {sent.length === 0 ? (
          <Empty title={t('intros.noneSent')} />
        ) : (
          <ul className="intro-list">
            {sent.map((intro) => (
              <IntroductionCard key={intro.id} introduction={intro} side="requester" />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
