import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { fixtureClient, renderPage } from '../test/render';
import { emptyForm, problemsByInput } from './project-form';
import { EditProjectPage, ProjectFormView } from './ProjectFormPage';

const CHOICES = {
  me: { id: 'u1', personId: 'person-1' },
  festivalEditions: {
    edges: [{ node: { id: 'annecy-2027', year: 2027, festival: { name: 'Festival d’Annecy' } } }],
  },
};
const COMPANIES = {
  person: {
    id: 'person-1',
    affiliations: [
      { companyId: 'mouettes', endsOn: null, status: 'VERIFIED', company: { name: 'Mouettes Productions' } },
    ],
  },
};

const invalid = (fields: { field: string; message: string }[]) =>
  new CombinedError({
    graphQLErrors: [new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields } })],
  });

describe('project form', () => {
  it('shows each BAD_USER_INPUT problem next to its input, tied by aria-describedby', async () => {
    const { client, calls } = fixtureClient({
      ProjectFormChoices: () => CHOICES,
      MyCompanies: () => COMPANIES,
      CreateProject: () =>
        invalid([
          { field: 'input.title', message: 'is required' },
          { field: 'input.financingSecuredEur', message: 'is more than the budget' },
          { field: 'input.genres.1', message: 'each genre must be a word or two' },
        ]),
    });
    renderPage(<ProjectFormView initial={emptyForm()} />, { client });
    await userEvent.type(screen.getByLabelText('Genres (séparés par des virgules)'), 'comedy, <b>');
    await userEvent.type(screen.getByLabelText('Budget total (€)'), '100');
    await userEvent.type(screen.getByLabelText('Financement acquis (€)'), '200');
    await userEvent.type(screen.getByLabelText('Pays (codes ISO, ex. BE, CA)'), 'be, ca');
    await userEvent.selectOptions(await screen.findByLabelText('Société porteuse'), 'Mouettes Productions');
    await userEvent.click(screen.getByLabelText('Festival d’Annecy 2027'));
    await userEvent.click(screen.getByLabelText('Membres : les professionnels inscrits'));
    await userEvent.click(screen.getByRole('button', { name: 'Créer le projet' }));

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Certains champs sont à corriger.',
    );
    for (const [label, message] of [
      ['Titre', 'is required'],
      ['Financement acquis (€)', 'is more than the budget'],
      ['Genres (séparés par des virgules)', 'each genre must be a word or two'],
    ]) {
      const input = screen.getByLabelText(label);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(message);
    }
    expect(screen.getByLabelText('Pitch (une phrase)').getAttribute('aria-invalid')).toBe('false');
    expect(calls.find((call) => call.name === 'CreateProject')?.variables).toEqual({
      input: expect.objectContaining({
        title: '',
        genres: ['comedy', '<b>'],
        budgetEur: 100,
        financingSecuredEur: 200,
        countriesSought: ['BE', 'CA'],
        ownerCompanyId: 'mouettes',
        targetEditionIds: ['annecy-2027'],
        visibility: 'MEMBERS',
      }),
    });
  });

  it('maps nested paths to the input holding them and ignores fields the form does not edit', () => {
    expect(
      problemsByInput({
        'genres.0': 'too long',
        'genres.3': 'not a word',
        'funds.0.fund': 'unknown fund',
        stage: 'is required',
      }),
    ).toEqual({ genres: 'too long; not a word', stage: 'is required' });
  });
});

describe('editing a project', () => {
  const PROJECT = {
    id: 'p1',
    slug: 'les-mouettes',
    title: 'Les Mouettes de Wimereux',
    logline: 'Two seagulls run the last beach café.',
    synopsis: '',
    format: 'ANIMATED_SERIES',
    stage: 'FINANCING',
    genres: ['comedy', 'family'],
    languages: ['fr'],
    budgetEur: 4_200_000,
    financingSecuredEur: null,
    countriesSought: ['BE'],
    rolesSought: ['MINORITY_COPRODUCER'],
    ownerCompanyId: null,
    targetEditionIds: [],
    visibility: 'PRIVATE',
  };

  it('loads the project into the form and saves the change', async () => {
    const { client, calls } = fixtureClient({
      EditProject: () => ({ project: PROJECT }),
      ProjectFormChoices: () => CHOICES,
      MyCompanies: () => COMPANIES,
      UpdateProject: () => ({ updateProject: { ...PROJECT, visibility: 'PUBLIC' } }),
    });
    renderPage(<EditProjectPage />, {
      client,
      url: '/me/projects/les-mouettes/edit',
      path: '/me/projects/:slug/edit',
    });
    expect(
      await screen.findByRole('heading', { name: 'Modifier « Les Mouettes de Wimereux »' }),
    ).toBeTruthy();
    expect(screen.getByLabelText('Genres (séparés par des virgules)')).toHaveProperty(
      'value',
      'comedy, family',
    );
    expect(screen.getByLabelText('Coproducteur minoritaire')).toHaveProperty('checked', true);
    await userEvent.click(screen.getByLabelText('Public : tout le monde, et la recherche'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Projet enregistré.')).toBeTruthy();
    expect(calls.find((call) => call.name === 'UpdateProject')?.variables).toEqual({
      id: 'p1',
      input: expect.objectContaining({
        visibility: 'PUBLIC',
        budgetEur: 4_200_000,
        financingSecuredEur: null,
      }),
    });
  });
});
