import type {
  PartnerRole,
  ProjectFormat,
  ProjectInput,
  ProjectStage,
  ProjectVisibility,
} from '../gql/graphql';

export const FORMATS: ProjectFormat[] = [
  'FEATURE_FILM',
  'DOCUMENTARY',
  'ANIMATED_SERIES',
  'TV_SERIES',
  'TV_FILM',
  'SHORT_FILM',
  'XR',
  'VIDEO_GAME',
  'TRANSMEDIA',
  'VIDEO_ART',
];
export const STAGES: ProjectStage[] = [
  'WRITING',
  'DEVELOPMENT',
  'FINANCING',
  'PRE_PRODUCTION',
  'PRODUCTION',
  'POST_PRODUCTION',
];
export const ROLES: PartnerRole[] = [
  'MAJORITY_COPRODUCER',
  'MINORITY_COPRODUCER',
  'BROADCASTER',
  'DISTRIBUTOR',
  'SALES_AGENT',
  'PUBLISHER',
  'SERVICE_ANIMATION',
  'SERVICE_VFX',
];
export const VISIBILITIES: ProjectVisibility[] = ['PRIVATE', 'MEMBERS', 'PUBLIC'];

/** What the form edits, as the inputs hold it (numbers and lists as typed text). */
export interface ProjectForm {
  title: string;
  logline: string;
  synopsis: string;
  format: ProjectFormat | '';
  stage: ProjectStage | '';
  genres: string;
  languages: string;
  budgetEur: string;
  financingSecuredEur: string;
  countriesSought: string;
  rolesSought: PartnerRole[];
  ownerCompanyId: string;
  targetEditionIds: string[];
  visibility: ProjectVisibility;
}

export const FORM_FIELDS = [
  'title',
  'logline',
  'synopsis',
  'format',
  'stage',
  'genres',
  'languages',
  'budgetEur',
  'financingSecuredEur',
  'countriesSought',
  'rolesSought',
  'ownerCompanyId',
  'targetEditionIds',
  'visibility',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export interface EditableProject {
  title: string;
  logline: string;
  synopsis: string;
  format: ProjectFormat;
  stage: ProjectStage;
  genres: string[];
  languages: string[];
  budgetEur?: number | null;
  financingSecuredEur?: number | null;
  countriesSought: string[];
  rolesSought: PartnerRole[];
  ownerCompanyId?: string | null;
  targetEditionIds: string[];
  visibility: ProjectVisibility;
}

export function emptyForm(): ProjectForm {
  return {
    title: '',
    logline: '',
    synopsis: '',
    format: '',
    stage: '',
    genres: '',
    languages: '',
    budgetEur: '',
    financingSecuredEur: '',
    countriesSought: '',
    rolesSought: [],
    ownerCompanyId: '',
    targetEditionIds: [],
    visibility: 'PRIVATE',
  };
}

export function toForm(project: EditableProject): ProjectForm {
  return {
    title: project.title,
    logline: project.logline,
    synopsis: project.synopsis,
    format: project.format,
    stage: project.stage,
    genres: project.genres.join(', '),
    languages: project.languages.join(', '),
    budgetEur: project.budgetEur != null ? String(project.budgetEur) : '',
    financingSecuredEur: project.financingSecuredEur != null ? String(project.financingSecuredEur) : '',
    countriesSought: project.countriesSought.join(', '),
    rolesSought: project.rolesSought,
    ownerCompanyId: project.ownerCompanyId ?? '',
    targetEditionIds: project.targetEditionIds,
    visibility: project.visibility,
  };
}

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Blank → null; anything else goes as typed, so the API's bounds (not the browser's) decide what is valid. */
const amount = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

/** The mutation input. Team and funds are left out, so an edit keeps them. */
export function toInput(form: ProjectForm): ProjectInput {
  const input: ProjectInput = {
    title: form.title.trim(),
    logline: form.logline.trim(),
    synopsis: form.synopsis.trim(),
    genres: list(form.genres),
    languages: list(form.languages).map((code) => code.toLowerCase()),
    budgetEur: amount(form.budgetEur),
    financingSecuredEur: amount(form.financingSecuredEur),
    countriesSought: list(form.countriesSought).map((code) => code.toUpperCase()),
    rolesSought: form.rolesSought,
    targetEditionIds: form.targetEditionIds,
    visibility: form.visibility,
  };
  if (form.format) input.format = form.format;
  if (form.stage) input.stage = form.stage;
  if (form.ownerCompanyId) input.ownerCompanyId = form.ownerCompanyId;
  return input;
}

/**
 * The API names invalid fields by path (`title`, `genres.2`, `funds.0.fund`); each problem is shown next to the
 * input that holds it (its first path segment), several on one input joined.
 */
export function problemsByInput(fields: Record<string, string>): Partial<Record<FormField, string>> {
  const result: Partial<Record<FormField, string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const name = path.split('.')[0] as FormField;
    if (!(FORM_FIELDS as readonly string[]).includes(name)) continue;
    result[name] = result[name] ? `${result[name]}; ${message}` : message;
  }
  return result;
}
