import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { DelegationHistoryQuery, DelegationMemberStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { RefusedAlert } from './RefusedAlert';
import { REMOVE_MEMBER, SET_NOTE, SET_STATUS } from './board.queries';
import { canRemove, staffMoves } from './member-moves';
import { BoardMember, memberName } from './member-name';

type HistoryEvent = DelegationHistoryQuery['delegationHistory']['edges'][number]['node'];

/**
 * The card a move was made on: it is drawn anew in its new column once the board reloads, and takes the focus
 * there, so a keyboard user goes on from the member moved instead of the top of the page.
 */
let focusAfterMove: { memberId: string; status: DelegationMemberStatus } | null = null;

/** One member on the board: the moves STAFF may make from its status (buttons, no drag-and-drop), note, history. */
export function MemberCard({
  member,
  history,
  changed,
}: {
  member: BoardMember;
  history: readonly HistoryEvent[];
  changed(): void;
}) {
  const { t, formatDate } = useI18n();
  const { name, path } = memberName(member);
  const [move, setStatus] = useMutation(SET_STATUS);
  const [noteSave, setNote] = useMutation(SET_NOTE);
  const [removal, remove] = useMutation(REMOVE_MEMBER);
  const [note, setNoteText] = useState(member.note ?? '');
  const busy = move.fetching || noteSave.fetching || removal.fetching;
  const error = move.error ?? noteSave.error ?? removal.error;
  const card = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusAfterMove?.memberId !== member.id || focusAfterMove.status !== member.status) return;
    focusAfterMove = null;
    card.current?.focus();
  });
  const moveTo = (status: DelegationMemberStatus) =>
    void setStatus({ input: { memberId: member.id, status } }).then((result) => {
      if (result.error) return;
      focusAfterMove = { memberId: member.id, status };
      changed();
    });
  const noteId = `note-${member.id}`;
  return (
    <li className="member-card" aria-label={name} ref={card} tabIndex={-1}>
      <p className="member-name">
        {path ? <Link to={path}>{name}</Link> : name}{' '}
        <span className="badge">{t(`delegation.kind.${member.kind}`)}</span>
      </p>
      {member.status === 'INVITED' && <p className="hint">{t('delegation.awaitingAnswer')}</p>}
      {member.consentBrochure !== null && member.consentBrochure !== undefined && (
        <p className="hint">
          {member.consentBrochure ? t('delegation.consentYes') : t('delegation.consentNo')}
        </p>
      )}
      <div className="member-moves" role="group" aria-label={`${t('delegation.moves')} ${name}`}>
        {staffMoves(member.status).map((to) => (
          <button
            key={to}
            type="button"
            className={to === 'INVITED' ? 'button primary' : 'button'}
            disabled={busy}
            aria-label={`${t(`delegation.move.${to}`)} ${name}`}
            onClick={() => moveTo(to)}
          >
            {t(`delegation.move.${to}`)}
          </button>
        ))}
        {canRemove(member.status) && (
          <button
            type="button"
            className="link-button"
            disabled={busy}
            aria-label={`${t('delegation.remove')} ${name}`}
            onClick={() =>
              void remove({ memberId: member.id }).then((result) => {
                if (!result.error) changed();
              })
            }
          >
            {t('delegation.remove')}
          </button>
        )}
      </div>
      <RefusedAlert error={error} />
      <details>
        <summary>{t('delegation.noteAndHistory')}</summary>
        <form
          className="field"
          onSubmit={(event) => {
            event.preventDefault();
            void setNote({ memberId: member.id, note: note.trim() || null });
          }}
        >
          <label htmlFor={noteId}>{t('delegation.note')}</label>
          <textarea
            id={noteId}
            value={note}
            maxLength={2000}
            onChange={(event) => setNoteText(event.target.value)}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('delegation.saveNote')}
          </button>
          {noteSave.data && !noteSave.error && <span role="status">{t('delegation.noteSaved')}</span>}
        </form>
        <h4>{t('delegation.history')}</h4>
        {history.length === 0 ? (
          <p className="hint">{t('delegation.noHistory')}</p>
        ) : (
          <ol className="history">
            {history.map((event) => (
              <li key={event.id}>
                {formatDate(event.createdAt)} · {t(`delegation.action.${event.action}`)}
                {event.fromStatus && event.toStatus && (
                  <>
                    {' '}
                    ({t(`delegation.status.${event.fromStatus}`)} → {t(`delegation.status.${event.toStatus}`)}
                    )
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </details>
    </li>
  );
}
