import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../auth/auth';
import { useI18n } from '../../i18n/i18n';
import { RefusedAlert } from './RefusedAlert';
import { HISTORY, UPDATE_DELEGATION } from './board.queries';
import { DelegationSettings } from './DelegationSettings';
import { saveDownload } from './downloads';
import { MemberCard } from './MemberCard';
import { STATUSES } from './member-moves';
import type { BoardDelegation } from './member-name';

/** One delegation: a column per status, capacity, publication, downloads. */
export function DelegationBoard({ delegation, changed }: { delegation: BoardDelegation; changed(): void }) {
  const { t } = useI18n();
  const { authorizedFetch } = useAuth();
  const [{ data: history }, reexecuteHistory] = useQuery({
    query: HISTORY,
    variables: { delegationId: delegation.id },
  });
  const [publication, publish] = useMutation(UPDATE_DELEGATION);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const events = history?.delegationHistory.edges.map((edge) => edge.node) ?? [];
  const refresh = () => {
    changed();
    reexecuteHistory({ requestPolicy: 'network-only' });
  };
  const download = (kind: 'brochure.pdf' | 'export.csv') =>
    void saveDownload(authorizedFetch, `/delegations/${delegation.id}/${kind}`, `delegation.${kind}`).then(
      setDownloadError,
    );
  return (
    <section className="delegation" aria-labelledby="delegation-name">
      <h2 id="delegation-name">{delegation.name}</h2>
      <p className="meta">
        {t(`delegation.dstatus.${delegation.status}`)} · {t(`delegation.audience.${delegation.audience}`)} ·{' '}
        <strong>
          {delegation.capacity === null || delegation.capacity === undefined
            ? t('delegation.seatsUnlimited', { held: delegation.seatsHeld })
            : t('delegation.seats', { held: delegation.seatsHeld, capacity: delegation.capacity })}
        </strong>
      </p>
      {delegation.notes && <p className="bio">{delegation.notes}</p>}
      <div className="actions">
        {delegation.status === 'DRAFT' && (
          <button
            type="button"
            className="button primary"
            disabled={publication.fetching}
            onClick={() =>
              void publish({ id: delegation.id, input: { status: 'PUBLISHED' } }).then((result) => {
                if (!result.error) refresh();
              })
            }
          >
            {t('delegation.publish')}
          </button>
        )}
        <button type="button" className="button" onClick={() => download('brochure.pdf')}>
          {t('delegation.brochure')}
        </button>
        <button type="button" className="button" onClick={() => download('export.csv')}>
          {t('delegation.csv')}
        </button>
      </div>
      {delegation.status === 'DRAFT' && <p className="hint">{t('delegation.draftHint')}</p>}
      <RefusedAlert error={publication.error} />
      {downloadError && (
        <p className="error" role="alert">
          {t('delegation.downloadFailed')} {downloadError}
        </p>
      )}
      <DelegationSettings delegation={delegation} changed={refresh} />
      <div className="board">
        {STATUSES.map((status) => {
          const members = delegation.members.filter((member) => member.status === status);
          return (
            <section key={status} className="board-column" aria-labelledby={`column-${status}`}>
              <h3 id={`column-${status}`}>
                {t(`delegation.status.${status}`)} <span className="count">{members.length}</span>
              </h3>
              {members.length === 0 ? (
                <p className="hint">{t('delegation.emptyColumn')}</p>
              ) : (
                <ul className="member-list">
                  {members.map((member) => (
                    <MemberCard
                      key={member.id}
                      member={member}
                      history={events.filter((event) => event.memberId === member.id)}
                      changed={refresh}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
