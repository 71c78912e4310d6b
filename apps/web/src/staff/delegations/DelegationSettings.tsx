import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n';
import { RefusedAlert } from './RefusedAlert';
import { UPDATE_DELEGATION } from './board.queries';
import type { BoardDelegation } from './member-name';

/** Capacity, notes and publication (members can be invited only once the delegation is published). */
export function DelegationSettings({
  delegation,
  changed,
}: {
  delegation: BoardDelegation;
  changed(): void;
}) {
  const { t } = useI18n();
  const [update, run] = useMutation(UPDATE_DELEGATION);
  const [capacity, setCapacity] = useState(delegation.capacity?.toString() ?? '');
  const [notes, setNotes] = useState(delegation.notes ?? '');
  const save = (input: Parameters<typeof run>[0]['input']) =>
    void run({ id: delegation.id, input }).then((result) => {
      if (!result.error) changed();
    });
  return (
    <details className="delegation-settings">
      <summary>{t('delegation.settings')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save({ capacity: capacity === '' ? null : Number(capacity), notes: notes.trim() || null });
        }}
      >
        <div className="field">
          <label htmlFor="delegation-capacity">{t('delegation.capacity')}</label>
          <input
            id="delegation-capacity"
            type="number"
            min={0}
            max={1000}
            value={capacity}
            onChange={(event) => setCapacity(event.target.value)}
          />
          <span className="hint">{t('delegation.capacityHint')}</span>
        </div>
        <div className="field">
          <label htmlFor="delegation-notes">{t('delegation.notes')}</label>
          <textarea
            id="delegation-notes"
            maxLength={5000}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={update.fetching}>
          {t('delegation.save')}
        </button>
      </form>
      <RefusedAlert error={update.error} />
    </details>
  );
}
