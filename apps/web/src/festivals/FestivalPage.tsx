import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../auth/auth';
import { ErrorState, Loading, NotFound } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { SourceList } from '../profiles/ProfileParts';
import { EditionDates } from './EditionDates';
import { editionCalendarUrl, editionPath, pickEdition } from './edition-dates';
import { FESTIVAL, FOLLOW_FESTIVAL, UNFOLLOW_FESTIVAL } from './festivals.queries';

function FollowButton({
  editionId,
  following,
  done,
}: {
  editionId: string;
  following: boolean;
  done(): void;
}) {
  const { t } = useI18n();
  const [followState, follow] = useMutation(FOLLOW_FESTIVAL);
  const [unfollowState, unfollow] = useMutation(UNFOLLOW_FESTIVAL);
  const busy = followState.fetching || unfollowState.fetching;
  const error = followState.error ?? unfollowState.error;
  return (
    <div className="actions">
      <button
        type="button"
        className={following ? 'button' : 'button primary'}
        aria-pressed={following}
        disabled={busy}
        onClick={() => void (following ? unfollow({ editionId }) : follow({ editionId })).then(done)}
      >
        {following ? t('festival.unfollow') : t('festival.follow')}
      </button>
      <span role="status">{following ? t('festival.followingHint') : ''}</span>
      {error && (
        <span className="error" role="alert">
          {t('state.error')}
        </span>
      )}
    </div>
  );
}

/** A festival and one of its editions (`/festivals/:slug/:editionId`; without an id, the next edition). */
export default function FestivalPage() {
  const { slug = '', editionId } = useParams();
  const { t, formatDate, lang } = useI18n();
  const { isMember, isStaff } = useAuth();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: FESTIVAL, variables: { slug } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (error || !data) return <ErrorState error={error} retry={refresh} />;
  const festival = data.festival;
  const edition = pickEdition(festival.editions, editionId);
  if (!edition) return <NotFound />;
  return (
    <article>
      <header className="profile-header">
        <p className="badge">{t('type.FESTIVAL')}</p>
        <h1>
          {festival.name} {edition.year}
        </h1>
        <p className="headline">
          <EditionDates {...edition} />
        </p>
        <p className="meta">
          {festival.city} ({festival.country}) ·{' '}
          {festival.kinds.map((kind) => t(`festivalKind.${kind}`)).join(', ')}
        </p>
        {edition.estimated && (
          <p className="unverified">
            {t(edition.past ? 'festival.pastEstimatedHint' : 'festival.estimatedHint')}
          </p>
        )}
      </header>
      <div className="profile-body">
        <section className="profile-section" aria-labelledby="deadlines">
          <h2 id="deadlines">{t('festival.deadlines')}</h2>
          {edition.deadlines.length === 0 ? (
            <p>{t('festival.noDeadlines')}</p>
          ) : (
            <dl className="contact">
              {edition.deadlines.map((deadline) => (
                <div key={`${deadline.kind}-${deadline.date}`}>
                  <dt>{t(`deadline.${deadline.kind}`)}</dt>
                  <dd>
                    {formatDate(deadline.date)}
                    {deadline.estimated && <span className="estimated"> ({t('festival.estimated')})</span>}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {edition.marketName && (
            <p>
              <strong>{t('festival.market')}:</strong> {edition.marketName}
              {edition.marketStartsOn && edition.marketEndsOn && (
                <>
                  {' '}
                  ({formatDate(edition.marketStartsOn)} – {formatDate(edition.marketEndsOn)})
                </>
              )}
            </p>
          )}
          {edition.note && <p>{edition.note}</p>}
          {edition.deadlinesSource && (
            <p className="hint">
              {t('festival.source')}: <a href={edition.deadlinesSource}>{edition.deadlinesSource}</a>
            </p>
          )}
        </section>
        <section className="profile-section" aria-labelledby="edition-actions">
          <h2 id="edition-actions">{t('festival.actions')}</h2>
          {isMember ? (
            <FollowButton editionId={edition.id} following={edition.followedByMe} done={refresh} />
          ) : (
            <p>
              <Link to="/login">{t('festival.signInToFollow')}</Link>
            </p>
          )}
          <p>
            <a href={editionCalendarUrl(edition.id, lang)} download>
              {t('festival.addToCalendar')}
            </a>
          </p>
          {isStaff && (
            <p>
              <Link className="button" to={`/staff/delegations/${edition.id}`}>
                {t('festival.delegationBoard')}
              </Link>
            </p>
          )}
          {isStaff && (
            <p>
              <Link className="button" to={`/staff/editions/${edition.id}/dates`}>
                {t('festival.editDates')}
              </Link>
            </p>
          )}
          {festival.website && (
            <p>
              <a href={festival.website}>{t('festival.website')}</a>
            </p>
          )}
          {festival.entryRules && (
            <>
              <h3>{t('festival.entryRules')}</h3>
              <p>{festival.entryRules}</p>
            </>
          )}
        </section>
        <section className="profile-section" aria-labelledby="editions">
          <h2 id="editions">{t('festival.editions')}</h2>
          <ul className="link-list">
            {festival.editions.map((other) => (
              <li key={other.id}>
                {other.id === edition.id ? (
                  <strong aria-current="page">{other.year}</strong>
                ) : (
                  <Link to={editionPath(festival.slug, other.id)}>{other.year}</Link>
                )}{' '}
                <EditionDates {...other} />
              </li>
            ))}
          </ul>
          {festival.sources.length > 0 && (
            <>
              <h3>{t('festival.sources')}</h3>
              <SourceList sources={festival.sources} />
            </>
          )}
        </section>
      </div>
    </article>
  );
}
