import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../components/ErrorAlert';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import { EditionDates } from '../festivals/EditionDates';
import { editionPath } from '../festivals/edition-dates';
import type { MyInvitationsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ANSWER_INVITATION, CONSENT_BROCHURE, MY_INVITATIONS, WITHDRAW_INVITATION } from './account.queries';

type Invitation = MyInvitationsQuery['myDelegationInvitations'][number];

function Invitation({ invitation }: { invitation: Invitation }) {
  const { t } = useI18n();
  const [consent, setConsent] = useState(invitation.consentBrochure ?? false);
  const [answer, runAnswer] = useMutation(ANSWER_INVITATION);
  const [consentChange, runConsent] = useMutation(CONSENT_BROCHURE);
  const [withdrawal, runWithdraw] = useMutation(WITHDRAW_INVITATION);
  const busy = answer.fetching || consentChange.fetching || withdrawal.fetching;
  const error = answer.error ?? consentChange.error ?? withdrawal.error;
  const edition = invitation.delegation.edition;
  const who = invitation.person?.name ?? invitation.company?.name ?? invitation.project?.title ?? '';
  const consentId = `consent-${invitation.id}`;
  const respond = (accept: boolean) =>
    void runAnswer({ input: { memberId: invitation.id, accept, consentBrochure: consent } });
  return (
    <li className="claim">
      <h2>{invitation.delegation.name}</h2>
      <p>
        <Link to={editionPath(edition.festival.slug, edition.id)}>
          {edition.festival.name} {edition.year}
        </Link>{' '}
        · <EditionDates {...edition} />
      </p>
      <p>
        {t('invitation.for')}: <strong>{who}</strong> ({t(`delegation.kind.${invitation.kind}`)}) ·{' '}
        {t(`invitation.status.${invitation.status}`)}
      </p>
      {(invitation.status === 'INVITED' || invitation.status === 'CONFIRMED') && (
        <div className="checkbox">
          <input
            id={consentId}
            type="checkbox"
            checked={consent}
            disabled={busy}
            onChange={(event) => {
              setConsent(event.target.checked);
              if (invitation.status === 'CONFIRMED') {
                void runConsent({ memberId: invitation.id, consent: event.target.checked });
              }
            }}
          />
          <label htmlFor={consentId}>{t('invitation.consent')}</label>
        </div>
      )}
      {invitation.status === 'INVITED' && (
        <div className="actions">
          <button type="button" className="button primary" disabled={busy} onClick={() => respond(true)}>
            {t('invitation.accept')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => respond(false)}>
            {t('invitation.decline')}
          </button>
        </div>
      )}
      {invitation.status === 'CONFIRMED' && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void runWithdraw({ memberId: invitation.id })}
        >
          {t('invitation.withdraw')}
        </button>
      )}
      <ErrorAlert error={error} />
    </li>
  );
}

/** The delegations a member is invited to (as a person, for their company or their project), to answer. */
export default function MyInvitationsPage() {
  const { t } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MY_INVITATIONS,
    requestPolicy: 'cache-and-network',
  });
  return (
    <div className="narrow">
      <h1>{t('invitation.title')}</h1>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : data.myDelegationInvitations.length === 0 ? (
        <Empty title={t('invitation.none')} hint={t('invitation.noneHint')} />
      ) : (
        <ul className="claims">
          {data.myDelegationInvitations.map((invitation) => (
            <Invitation key={invitation.id} invitation={invitation} />
          ))}
        </ul>
      )}
    </div>
  );
}
