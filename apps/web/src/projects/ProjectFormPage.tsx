import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Field, FieldError } from '../components/Field';
import { fieldErrors } from '../components/fieldErrors';
import { ErrorState, Loading } from '../components/StateViews';
import type { ProjectFormat, ProjectStage, ProjectVisibility } from '../gql/graphql';
import { enumLabel } from '../i18n/enum-labels';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { isCurrentAffiliation } from '../memberships/affiliations';
import { editionLabel } from './format';
import {
  emptyForm,
  FormField,
  FORMATS,
  problemsByInput,
  ProjectForm,
  ROLES,
  STAGES,
  toForm,
  toInput,
  VISIBILITIES,
} from './project-form';
import { CREATE_PROJECT, EDIT_PROJECT, FORM_CHOICES, MY_COMPANIES, UPDATE_PROJECT } from './projects.queries';

type TextField =
  'title' | 'logline' | 'genres' | 'languages' | 'budgetEur' | 'financingSecuredEur' | 'countriesSought';
const LABEL: Record<TextField, MessageKey> = {
  title: 'projectForm.title',
  logline: 'projectForm.logline',
  genres: 'projectForm.genres',
  languages: 'projectForm.languages',
  budgetEur: 'projectForm.budget',
  financingSecuredEur: 'projectForm.financing',
  countriesSought: 'projectForm.countries',
};
const MAX_LENGTH: Partial<Record<TextField, number>> = { title: 200, logline: 500 };

export function ProjectFormView({
  initial,
  projectId,
}: {
  initial: ProjectForm;
  /** Absent: a new project. */
  projectId?: string;
}) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [form, setForm] = useState<ProjectForm>(initial);
  const [saved, setSaved] = useState(false);
  const [choices] = useQuery({ query: FORM_CHOICES });
  const personId = choices.data?.me.personId ?? null;
  const [companies] = useQuery({
    query: MY_COMPANIES,
    variables: { personId: personId ?? '' },
    pause: !personId,
  });
  const [created, create] = useMutation(CREATE_PROJECT);
  const [updated, update] = useMutation(UPDATE_PROJECT);
  const result = projectId ? updated : created;
  const problems = problemsByInput(fieldErrors(result.error));
  const set = (patch: Partial<ProjectForm>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(form);
    if (projectId) {
      const answer = await update({ id: projectId, input });
      setSaved(Boolean(answer.data));
    } else {
      const answer = await create({ input });
      if (answer.data) void navigate(`/projects/${answer.data.createProject.slug}`);
    }
  };

  const describedBy = (name: FormField) => (problems[name] ? `project-${name}-error` : undefined);
  const problem = (name: FormField) => <FieldError id={`project-${name}`} error={problems[name]} />;
  const numeric = (name: TextField) => name === 'budgetEur' || name === 'financingSecuredEur';
  const text = (name: TextField) => (
    <Field id={`project-${name}`} label={t(LABEL[name])} error={problems[name]}>
      {(props) => (
        <input
          {...props}
          type={numeric(name) ? 'number' : 'text'}
          inputMode={numeric(name) ? 'numeric' : undefined}
          min={numeric(name) ? 0 : undefined}
          value={form[name]}
          maxLength={MAX_LENGTH[name]}
          onChange={(event) => set({ [name]: event.target.value } as Partial<ProjectForm>)}
        />
      )}
    </Field>
  );
  const select = <T extends string>(
    name: 'format' | 'stage',
    label: MessageKey,
    values: T[],
    optionLabel: (value: T) => string,
  ) => (
    <Field id={`project-${name}`} label={t(label)} error={problems[name]}>
      {(props) => (
        <select
          {...props}
          value={form[name]}
          onChange={(event) => set({ [name]: event.target.value } as Partial<ProjectForm>)}
        >
          <option value="">{t('projectForm.choose')}</option>
          {values.map((value) => (
            <option key={value} value={value}>
              {optionLabel(value)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const toggle = <T,>(items: T[], item: T, on: boolean) =>
    on ? [...items, item] : items.filter((other) => other !== item);

  const editions = choices.data?.festivalEditions.edges.map((edge) => edge.node) ?? [];
  const ownCompanies = (companies.data?.person.affiliations ?? []).filter(
    (affiliation) => affiliation.company && isCurrentAffiliation(affiliation),
  );

  return (
    <form className="form project-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>{t('projectForm.essentials')}</legend>
        {text('title')}
        {text('logline')}
        <Field id="project-synopsis" label={t('projectForm.synopsis')} error={problems.synopsis}>
          {(props) => (
            <textarea
              {...props}
              value={form.synopsis}
              maxLength={10_000}
              onChange={(event) => set({ synopsis: event.target.value })}
            />
          )}
        </Field>
        {select<ProjectFormat>('format', 'project.format', FORMATS, (value) => enumLabel(lang, value))}
        {select<ProjectStage>('stage', 'project.stage', STAGES, (value) => t(`project.stage.${value}`))}
        {text('genres')}
        {text('languages')}
      </fieldset>
      <fieldset>
        <legend>{t('projectForm.money')}</legend>
        {text('budgetEur')}
        {text('financingSecuredEur')}
      </fieldset>
      <fieldset aria-describedby={describedBy('rolesSought')}>
        <legend>{t('projectForm.partners')}</legend>
        {ROLES.map((role) => (
          <div className="checkbox" key={role}>
            <input
              id={`project-role-${role}`}
              type="checkbox"
              checked={form.rolesSought.includes(role)}
              onChange={(event) => set({ rolesSought: toggle(form.rolesSought, role, event.target.checked) })}
            />
            <label htmlFor={`project-role-${role}`}>{t(`role.${role}`)}</label>
          </div>
        ))}
        {problem('rolesSought')}
        {text('countriesSought')}
        <Field id="project-ownerCompanyId" label={t('projectForm.owner')} error={problems.ownerCompanyId}>
          {(props) => (
            <select
              {...props}
              value={form.ownerCompanyId}
              onChange={(event) => set({ ownerCompanyId: event.target.value })}
            >
              <option value="">{t('projectForm.noOwner')}</option>
              {ownCompanies.map((affiliation) => (
                <option key={affiliation.companyId} value={affiliation.companyId}>
                  {affiliation.company!.name}
                </option>
              ))}
              {form.ownerCompanyId && !ownCompanies.some((a) => a.companyId === form.ownerCompanyId) && (
                <option value={form.ownerCompanyId}>{form.ownerCompanyId}</option>
              )}
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset aria-describedby={describedBy('targetEditionIds')}>
        <legend>{t('projectForm.editions')}</legend>
        <div className="checkbox-columns">
          {editions.map((edition) => (
            <div className="checkbox" key={edition.id}>
              <input
                id={`project-edition-${edition.id}`}
                type="checkbox"
                checked={form.targetEditionIds.includes(edition.id)}
                onChange={(event) =>
                  set({ targetEditionIds: toggle(form.targetEditionIds, edition.id, event.target.checked) })
                }
              />
              <label htmlFor={`project-edition-${edition.id}`}>{editionLabel(edition)}</label>
            </div>
          ))}
        </div>
        {problem('targetEditionIds')}
      </fieldset>
      <fieldset aria-describedby={describedBy('visibility')}>
        <legend>{t('projectForm.visibility')}</legend>
        {VISIBILITIES.map((value: ProjectVisibility) => (
          <div className="checkbox" key={value}>
            <input
              id={`project-visibility-${value}`}
              type="radio"
              name="visibility"
              value={value}
              checked={form.visibility === value}
              onChange={() => set({ visibility: value })}
            />
            <label htmlFor={`project-visibility-${value}`}>{t(`project.visibility.${value}`)}</label>
          </div>
        ))}
        {problem('visibility')}
      </fieldset>
      <div role="status" aria-live="polite">
        {saved && <p className="notice">{t('projectForm.saved')}</p>}
      </div>
      {result.error && (
        <p className="error" role="alert">
          {Object.keys(fieldErrors(result.error)).length
            ? t('projectForm.invalid')
            : result.error.graphQLErrors[0]?.extensions?.code === 'FORBIDDEN'
              ? t('projectForm.notOwner')
              : t('state.error')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={result.fetching}>
          {t(projectId ? 'projectForm.save' : 'projectForm.create')}
        </button>
        {projectId && updated.data && (
          <Link to={`/projects/${updated.data.updateProject.slug}`}>{t('projectForm.view')}</Link>
        )}
      </div>
    </form>
  );
}

export function NewProjectPage() {
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1>{t('projectForm.newTitle')}</h1>
      <ProjectFormView initial={emptyForm()} />
    </div>
  );
}

export function EditProjectPage() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: EDIT_PROJECT,
    variables: { slug },
    requestPolicy: 'network-only',
  });
  if (fetching && !data) return <Loading />;
  if (error || !data)
    return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return (
    <div className="narrow">
      <h1>{t('projectForm.editTitle', { title: data.project.title })}</h1>
      <ProjectFormView key={data.project.id} initial={toForm(data.project)} projectId={data.project.id} />
      <p>
        <Link to={`/projects/${data.project.slug}`}>{t('projectForm.view')}</Link>
      </p>
    </div>
  );
}
