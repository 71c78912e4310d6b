import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Field } from '../components/Field';
import { fieldErrors } from '../components/fieldErrors';
import { ErrorState, Loading } from '../components/StateViews';
import type { MyProfileQuery, TitleForm, Visibility } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { MyClaims } from './MyClaims';
import { ME, MY_PROFILE, UPDATE_PROFILE } from './account.queries';

type Person = MyProfileQuery['person'];
type TextField = 'firstName' | 'lastName' | 'headline' | 'city' | 'email' | 'phone' | 'website';
const VISIBILITY_FIELDS = ['email', 'phone', 'links', 'availability'] as const;
const VISIBILITIES: Visibility[] = ['PUBLIC', 'MEMBERS', 'STAFF'];
const TITLE_FORMS: TitleForm[] = ['FEMININE', 'MASCULINE', 'INCLUSIVE'];
const LABEL: Record<TextField, MessageKey> = {
  firstName: 'me.firstName',
  lastName: 'me.lastName',
  headline: 'me.headline',
  city: 'me.city',
  email: 'profile.email',
  phone: 'profile.phone',
  website: 'profile.website',
};
const INPUT_TYPE: Partial<Record<TextField, string>> = {
  email: 'email',
  phone: 'tel',
  website: 'url',
};

function toForm(person: Person) {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    titleForm: person.titleForm,
    headline: person.headline ?? '',
    city: person.city ?? '',
    email: person.email ?? '',
    phone: person.phone ?? '',
    website: person.website ?? '',
    bioFr: person.bioFr ?? '',
    bioEn: person.bioEn ?? '',
    consentDirectory: person.consentDirectory,
    consentBrochure: person.consentBrochure,
    visibility: {
      email: person.visibility?.email ?? 'MEMBERS',
      phone: person.visibility?.phone ?? 'STAFF',
      links: person.visibility?.links ?? 'PUBLIC',
      availability: person.visibility?.availability ?? 'PUBLIC',
    } as Record<(typeof VISIBILITY_FIELDS)[number], Visibility>,
  };
}
type Form = ReturnType<typeof toForm>;

function ProfileForm({ person }: { person: Person }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(() => toForm(person));
  const [{ data, error, fetching }, update] = useMutation(UPDATE_PROFILE);
  // "Saved" shows for the latest answer until the next edit: derived, not copied into state by an effect.
  const [editedAfter, setEditedAfter] = useState<typeof data>(undefined);
  const saved = Boolean(data) && !error && editedAfter !== data;
  const problems = fieldErrors(error);
  const set = (patch: Partial<Form>) => {
    setEditedAfter(data);
    setForm({ ...form, ...patch });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = (value: string) => value.trim() || null;
    void update({
      id: person.id,
      input: {
        firstName: form.firstName.trim(),
        lastName: form.lastName.trim(),
        titleForm: form.titleForm,
        headline: blank(form.headline),
        city: blank(form.city),
        email: blank(form.email),
        phone: blank(form.phone),
        website: blank(form.website),
        bioFr: blank(form.bioFr),
        bioEn: blank(form.bioEn),
        consentDirectory: form.consentDirectory,
        consentBrochure: form.consentBrochure,
        visibility: form.visibility,
      },
    });
  };

  const field = (name: TextField) => (
    <Field key={name} id={`me-${name}`} label={t(LABEL[name])} error={problems[name]}>
      {(props) => (
        <input
          {...props}
          type={INPUT_TYPE[name] ?? 'text'}
          value={form[name]}
          maxLength={name === 'headline' ? 200 : 254}
          onChange={(event) => set({ [name]: event.target.value } as Partial<Form>)}
        />
      )}
    </Field>
  );

  return (
    <form className="form profile-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('me.identity')}</legend>
        {(['firstName', 'lastName'] as const).map(field)}
        <div className="field">
          <label htmlFor="me-titleForm">{t('me.titleForm')}</label>
          <select
            id="me-titleForm"
            value={form.titleForm}
            aria-describedby="me-titleForm-hint"
            onChange={(event) => set({ titleForm: event.target.value as TitleForm })}
          >
            {TITLE_FORMS.map((value) => (
              <option key={value} value={value}>
                {t(`titleForm.${value}`)}
              </option>
            ))}
          </select>
          <p id="me-titleForm-hint" className="hint">
            {t('me.titleFormHint')}
          </p>
        </div>
        {(['headline', 'city'] as const).map(field)}
        {(['fr', 'en'] as const).map((lang) => {
          const name = lang === 'fr' ? 'bioFr' : 'bioEn';
          return (
            <div className="field" key={name}>
              <label htmlFor={`me-${name}`}>{t(`me.${name}`)}</label>
              <textarea
                id={`me-${name}`}
                lang={lang}
                maxLength={4000}
                value={form[name]}
                onChange={(e) => set({ [name]: e.target.value })}
              />
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('me.contact')}</legend>
        {(['email', 'phone', 'website'] as const).map(field)}
      </fieldset>
      <fieldset>
        <legend>{t('me.visibility')}</legend>
        <p className="hint">{t('me.visibilityHint')}</p>
        {VISIBILITY_FIELDS.map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`visibility-${name}`}>{t(`me.visibility.${name}`)}</label>
            <select
              id={`visibility-${name}`}
              value={form.visibility[name]}
              onChange={(event) =>
                set({ visibility: { ...form.visibility, [name]: event.target.value as Visibility } })
              }
            >
              {VISIBILITIES.map((value) => (
                <option key={value} value={value}>
                  {t(`visibility.${value}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('me.consents')}</legend>
        <div className="checkbox">
          <input
            id="consent-directory"
            type="checkbox"
            checked={form.consentDirectory}
            onChange={(e) => set({ consentDirectory: e.target.checked })}
          />
          <label htmlFor="consent-directory">{t('me.consentDirectory')}</label>
        </div>
        <div className="checkbox">
          <input
            id="consent-brochure"
            type="checkbox"
            checked={form.consentBrochure}
            onChange={(e) => set({ consentBrochure: e.target.checked })}
          />
          <label htmlFor="consent-brochure">{t('me.consentBrochure')}</label>
        </div>
      </fieldset>
      <div role="status" aria-live="polite">
        {saved && <p className="notice">{t('me.saved')}</p>}
      </div>
      {error && (
        <p className="error" role="alert">
          {Object.keys(problems).length ? t('me.invalid') : t('state.error')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={fetching}>
          {t('me.save')}
        </button>
        <Link to={`/people/${person.slug}`}>{t('me.view')}</Link>
      </div>
    </form>
  );
}

export default function MyProfilePage() {
  const { t } = useI18n();
  // The account is read afresh: a claim approved since sign-in links a profile to it.
  const [me] = useQuery({ query: ME, requestPolicy: 'network-only' });
  const personId = me.data?.me.personId ?? null;
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MY_PROFILE,
    variables: { id: personId ?? '' },
    pause: !personId,
    requestPolicy: 'network-only',
  });
  return (
    <div className="narrow">
      <h1>{t('me.title')}</h1>
      {me.fetching && !me.data ? (
        <Loading />
      ) : me.error ? (
        <ErrorState error={me.error} />
      ) : !personId ? (
        <p className="notice">{t('me.noProfile')}</p>
      ) : fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <ProfileForm key={data.person.id} person={data.person} />
      )}
      <p>
        <Link to="/me/deadlines">{t('deadlines.link')}</Link>
      </p>
      <MyClaims />
    </div>
  );
}
