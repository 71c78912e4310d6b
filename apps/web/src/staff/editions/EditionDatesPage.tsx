import { FormEvent, ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { CombinedError, useMutation, useQuery } from 'urql';
import { fieldErrors } from '../../components/fieldErrors';
import { ErrorState, Loading, NotFound } from '../../components/StateViews';
import { editionPath } from '../../festivals/edition-dates';
import { graphql } from '../../gql';
import type { EditionDatesFormQuery } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/fr';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../components/errorText';

const EDITION = graphql(`
  query EditionDatesForm($id: ID!) {
    festivalEdition(id: $id) {
      id
      year
      startsOn
      endsOn
      marketName
      marketStartsOn
      marketEndsOn
      estimated
      accreditationDeadline
      submissionDeadline
      deadlinesSource
      festival {
        id
        slug
        name
      }
    }
  }
`);

const SET_DATES = graphql(`
  mutation SetEditionDates($id: ID!, $input: EditionDatesInput!) {
    setEditionDates(id: $id, input: $input) {
      id
      startsOn
      endsOn
      marketStartsOn
      marketEndsOn
      estimated
      deadlines {
        kind
        date
        estimated
      }
    }
  }
`);

const SET_DEADLINES = graphql(`
  mutation SetEditionDeadlinesForm($id: ID!, $input: EditionDeadlinesInput!) {
    setEditionDeadlines(id: $id, input: $input) {
      id
      accreditationDeadline
      submissionDeadline
      deadlinesSource
      deadlines {
        kind
        date
        estimated
      }
    }
  }
`);

type Edition = EditionDatesFormQuery['festivalEdition'];
const blank = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** One labelled input, with the server's message for its field. */
function Field({
  name,
  label,
  problems,
  children,
}: {
  name: string;
  label: MessageKey;
  problems: Record<string, string>;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const { t } = useI18n();
  const id = `edition-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      {children({
        id,
        'aria-invalid': Boolean(problems[name]),
        'aria-describedby': problems[name] ? `${id}-error` : undefined,
      })}
      {problems[name] && (
        <p id={`${id}-error`} className="error">
          {problems[name]}
        </p>
      )}
    </div>
  );
}

function Outcome({ error, saved }: { error?: CombinedError; saved: boolean }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite">
      {error && (
        <p className="error" role="alert">
          {errorText(error, t)}
        </p>
      )}
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
  const [state, save] = useMutation(SET_DATES);
  const [saved, setSaved] = useState(false);
  const problems = fieldErrors(state.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save({
      id: edition.id,
      input: {
        startsOn: form.startsOn,
        endsOn: form.endsOn,
        marketStartsOn: blank(form.marketStartsOn),
        marketEndsOn: blank(form.marketEndsOn),
        estimated: form.estimated,
      },
    });
    setSaved(Boolean(result.data));
  };
  const date = (name: 'startsOn' | 'endsOn' | 'marketStartsOn' | 'marketEndsOn', required: boolean) => (
    <Field name={name} label={`editionDates.${name}`} problems={problems}>
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
    <form className="form" onSubmit={(event) => void submit(event)} aria-labelledby="edition-dates">
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
  const [state, save] = useMutation(SET_DEADLINES);
  const [saved, setSaved] = useState(false);
  const problems = fieldErrors(state.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save({
      id: edition.id,
      input: {
        accreditationDeadline: blank(form.accreditationDeadline),
        submissionDeadline: blank(form.submissionDeadline),
        deadlinesSource: blank(form.deadlinesSource),
      },
    });
    setSaved(Boolean(result.data));
  };
  const date = (name: 'accreditationDeadline' | 'submissionDeadline') => (
    <Field name={name} label={`editionDates.${name}`} problems={problems}>
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
    <form className="form" onSubmit={(event) => void submit(event)} aria-labelledby="edition-deadlines">
      <h2 id="edition-deadlines">{t('editionDates.deadlines')}</h2>
      {date('accreditationDeadline')}
      {date('submissionDeadline')}
      <Field name="deadlinesSource" label="editionDates.deadlinesSource" problems={problems}>
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
