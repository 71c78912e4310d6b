import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/StateViews';
import { EditionDates } from '../../festivals/EditionDates';
import { editionPath } from '../../festivals/edition-dates';
import { useI18n } from '../../i18n/i18n';
import { RefusedAlert } from './RefusedAlert';
import { BOARD, CREATE_DELEGATION } from './board.queries';
import { DelegationBoard } from './DelegationBoard';
import { Suggestions } from './Suggestions';

function CreateDelegation({
  editionId,
  defaultName,
  created,
}: {
  editionId: string;
  defaultName: string;
  created(): void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(defaultName);
  const [creation, create] = useMutation(CREATE_DELEGATION);
  return (
    <form
      className="narrow"
      onSubmit={(event) => {
        event.preventDefault();
        void create({ input: { editionId, name: name.trim() } }).then((result) => {
          if (!result.error) created();
        });
      }}
    >
      <p>{t('delegation.none')}</p>
      <div className="field">
        <label htmlFor="delegation-name-input">{t('delegation.name')}</label>
        <input
          id="delegation-name-input"
          required
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" className="button primary" disabled={creation.fetching || !name.trim()}>
        {t('delegation.create')}
      </button>
      <RefusedAlert error={creation.error} />
    </form>
  );
}

/** STAFF: the delegation board of one edition (`/staff/delegations/:editionId`), created here if none exists. */
export default function DelegationBoardPage() {
  const { editionId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { t } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: BOARD,
    variables: { editionId },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (error || !data) return <ErrorState error={error} retry={refresh} />;
  const edition = data.festivalEdition;
  const delegations = data.delegations.edges.map((edge) => edge.node);
  const delegation = delegations.find((one) => one.id === params.get('delegation')) ?? delegations[0];
  return (
    <div>
      <p className="badge">{t('delegation.board')}</p>
      <h1>
        <Link to={editionPath(edition.festival.slug, edition.id)}>
          {edition.festival.name} {edition.year}
        </Link>
      </h1>
      <p className="meta">
        <EditionDates {...edition} />
      </p>
      {delegations.length > 1 && (
        <div className="field">
          <label htmlFor="delegation-pick">{t('delegation.pick')}</label>
          <select
            id="delegation-pick"
            value={delegation?.id}
            onChange={(event) => setParams({ delegation: event.target.value })}
          >
            {delegations.map((one) => (
              <option key={one.id} value={one.id}>
                {one.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {delegation ? (
        <>
          <DelegationBoard key={delegation.id} delegation={delegation} changed={refresh} />
          <Suggestions editionId={edition.id} delegationId={delegation.id} changed={refresh} />
        </>
      ) : (
        <CreateDelegation
          editionId={edition.id}
          defaultName={t('delegation.defaultName', { festival: edition.festival.name, year: edition.year })}
          created={refresh}
        />
      )}
    </div>
  );
}
