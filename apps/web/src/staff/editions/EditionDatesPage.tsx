import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { CombinedError, TypedDocumentNode, useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { fieldErrors } from '../../components/fieldErrors';
import { ErrorState, Loading, NotFound } from '../../components/StateViews';
import { editionPath } from '../../festivals/edition-dates';
import type { EditionDatesFormQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { EDITION, SET_DATES, SET_DEADLINES } from './editions.queries';

type Edition = EditionDatesFormQuery['festivalEdition'];
const blank = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Saves one of the edition's forms by the edition's id, and says whether the last save went through. */
function useEditionSave<Data, Input>(
  document: TypedDocumentNode<Data, { id: string | number; input: Input }>,
  id: string,
) {
  const [state, save] = useMutation(document);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent, input: Input) => {
    event.preventDefault();
    setSaved(false);
    const result = await save({ id, input });
    setSaved(Boolean(result.data));
  };
  return { state, saved, problems: fieldErrors(state.error), submit };
}

function Outcome({ error, saved }: { error?: CombinedError; saved: boolean }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite">
      <ErrorAlert error={error} />
      {saved && !error && <p className="notice">{t('editionDates.saved')}</p>}
    </div>
  );
}

function DatesForm({ edition }: { edition: Edition }) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    startsOn: edition.startsOn,
    endsOn: edition.endsOn,
    marketStartsOn: edition.marketStartsOn ?? '',
    marketEndsOn: edition.marketEndsOn ?? '',
    estimated: edition.estimated,
  });
  const { state, saved, problems, submit } = useEditionSave(SET_DATES, edition.id);
  const input = () => ({
    startsOn: form.startsOn,
    endsOn: form.endsOn,
    marketStartsOn: blank(form.marketStartsOn),
    marketEndsOn: blank(form.marketEndsOn),
    estimated: form.estimated,
  });
  const date = (name: 'startsOn' | 'endsOn' | 'marketStartsOn' | 'marketEndsOn', required: boolean) => (
    <Field id={`edition-${name}`} label={t(`editionDates.${name}`)} error={problems[name]}>
      {(props) => (
        <input
          {...props}
          type="date"
          required={required}
          value={form[name]}
          onChange={(event) => setForm({ ...form, [name]: event.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form className="form" onSubmit={(event) => void submit(event, input())} aria-labelledby="edition-dates">
      <h2 id="edition-dates">{t('editionDates.dates')}</h2>
      {date('startsOn', true)}
      {date('endsOn', true)}
      {edition.marketName && <p className="hint">{edition.marketName}</p>}
      {date('marketStartsOn', false)}
      {date('marketEndsOn', false)}
      <div className="checkbox">
        <input
          id="edition-estimated"
          type="checkbox"
          checked={form.estimated}
          onChange={(event) => setForm({ ...form, estimated: event.target.checked })}
        />
        <label htmlFor="edition-estimated">{t('editionDates.estimated')}</label>
      </div>
      <button type="submit" className="button primary" disabled={state.fetching}>
        {t('editionDates.saveDates')}
      </button>
      <Outcome error={state.error} saved={saved} />
    </form>
  );
}

function DeadlinesForm({ edition }: { edition: Edition }) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    accreditationDeadline: edition.accreditationDeadline ?? '',
    submissionDeadline: edition.submissionDeadline ?? '',
    deadlinesSource: edition.deadlinesSource ?? '',
  });
  const { state, saved, problems, submit } = useEditionSave(SET_DEADLINES, edition.id);
  const input = () => ({
    accreditationDeadline: blank(form.accreditationDeadline),
    submissionDeadline: blank(form.submissionDeadline),
    deadlinesSource: blank(form.deadlinesSource),
  });
  const date = (name: 'accreditationDeadline' | 'submissionDeadline') => (
    <Field id={`edition-${name}`} label={t(`editionDates.${name}`)} error={problems[name]}>
      {(props) => (
        <input
          {...props}
          type="date"
          value={form[name]}
          onChange={(event) => setForm({ ...form, [name]: event.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form
      className="form"
      onSubmit={(event) => void submit(event, input())}
      aria-labelledby="edition-deadlines"
    >
      <h2 id="edition-deadlines">{t('editionDates.deadlines')}</h2>
      {date('accreditationDeadline')}
      {date('submissionDeadline')}
      <Field
        id="edition-deadlinesSource"
        label={t('editionDates.deadlinesSource')}
        error={problems.deadlinesSource}
      >
        {(props) => (
          <input
            {...props}
            type="url"
            maxLength={500}
            value={form.deadlinesSource}
            onChange={(event) => setForm({ ...form, deadlinesSource: event.target.value })}
          />
        )}
      </Field>
      <button type="submit" className="button primary" disabled={state.fetching}>
        {t('editionDates.saveDeadlines')}
      </button>
      <Outcome error={state.error} saved={saved} />
    </form>
  );
}

/** `/staff/editions/:editionId/dates`: STAFF correct an edition's dates and deadlines; followers are told. */
export default function EditionDatesPage() {
  const { editionId = '' } = useParams();
  const { t } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: EDITION,
    variables: { id: editionId },
    requestPolicy: 'network-only',
  });
  if (fetching && !data) return <Loading />;
  if (error?.graphQLErrors.some((e) => ['NOT_FOUND', 'BAD_USER_INPUT'].includes(String(e.extensions?.code))))
    return <NotFound />;
  if (error || !data)
    return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const edition = data.festivalEdition;
  return (
    <div className="narrow">
      <h1>{t('editionDates.title', { edition: `${edition.festival.name} ${edition.year}` })}</h1>
      <p>
        <Link to={editionPath(edition.festival.slug, edition.id)}>{t('editionDates.back')}</Link>
      </p>
      <p className="hint">{t('editionDates.followersHint')}</p>
      <DatesForm key={`dates-${edition.id}`} edition={edition} />
      <DeadlinesForm key={`deadlines-${edition.id}`} edition={edition} />
    </div>
  );
}
