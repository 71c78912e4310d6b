import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { fixtureClient, PENDING, renderPage } from '../test/render';
import SearchPage from './SearchPage';

// Leaflet draws nothing in jsdom: the map stands in as the places and radius it is given (the browser test draws it).
jest.mock('../map/PlaceMap', () => ({
  PlaceMap: ({
    places,
    radius,
    label,
  }: {
    places: { id: string; name: string; href?: string | null }[];
    radius?: { km: number } | null;
    label: string;
  }) => (
    <figure data-testid="place-map" data-radius={radius ? radius.km : ''}>
      {places.map((place) => (
        <span key={place.id} data-href={place.href ?? ''}>
          {place.name}
        </span>
      ))}
      <figcaption>{label}</figcaption>
    </figure>
  ),
}));

const LOOKUPS = {
  crafts: [
    {
      slug: 'director-of-photography',
      labelFr: 'Directeur de la photographie',
      labelEn: 'Director of photography',
    },
  ],
  sites: { edges: [{ node: { slug: 'plaine-images', name: 'Plaine Images', lat: 50.69, lng: 3.17 } }] },
  communes: [{ id: 59599, name: 'Tourcoing', postcode: '59200', lat: 50.72, lng: 3.16 }],
};

type Facet = { name: string; values: { value: string; count: number }[] };

function searchResult(query: string, extraFacets: Facet[] = []) {
  return {
    search: {
      totalHits: query ? 1 : 0,
      processingTimeMs: 1,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
      facets: [
        { name: 'languages', values: [{ value: 'en', count: 1 }] },
        { name: 'crafts', values: [{ value: 'director-of-photography', count: 1 }] },
        ...extraFacets,
      ],
      hits: query
        ? [
            {
              id: '1',
              type: 'PERSON',
              slug: 'lea-dupre',
              title: 'Léa Dupré',
              subtitle: 'Directrice de la photographie · Tourcoing',
              highlight: '<mark>Chef opérateur</mark>',
              distanceKm: 1.2,
              lat: 50.7236,
              lng: 3.1613,
            },
            {
              id: '2',
              type: 'PROJECT',
              slug: 'un-film',
              title: 'Un film',
              subtitle: null,
              highlight: null,
              distanceKm: null,
              lat: null,
              lng: null,
            },
          ]
        : [],
    },
  };
}

function setup(url = '/', extraFacets: Facet[] = []) {
  const fixtures = fixtureClient({
    SearchLookups: () => LOOKUPS,
    Search: (variables) => {
      // What the API answers: only the parts the request's @include asked for.
      const { search } = searchResult(
        ((variables.input as { query?: string }).query ?? '') as string,
        extraFacets,
      );
      const { hits, pageInfo, facets, ...counts } = search;
      return {
        search: {
          ...counts,
          ...(variables.withHits ? { hits, pageInfo } : {}),
          ...(variables.withFacets ? { facets } : {}),
        },
      };
    },
  });
  renderPage(<SearchPage />, { client: fixtures.client, url });
  return fixtures;
}

describe('SearchPage', () => {
  it('invites a search before any criterion', () => {
    const { calls } = setup();
    expect(screen.getByText(/Tapez un métier/)).toBeTruthy();
    expect(calls.some((call) => call.name === 'Search')).toBe(false);
  });

  it('searches as the user types and keeps the query in the URL', async () => {
    const { calls } = setup();
    await userEvent.type(screen.getByLabelText(/Rechercher des personnes/), 'chef');
    expect(await screen.findByRole('link', { name: 'Léa Dupré' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('?q=chef');
    expect(calls.filter((call) => call.name === 'Search').length).toBeGreaterThanOrEqual(1);
    expect(screen.getByText('Chef opérateur').tagName).toBe('MARK');
  });

  it('ticks a facet into the URL and the API input, with its count', async () => {
    const { calls } = setup('/?q=chef');
    const english = await screen.findByRole('checkbox', { name: /anglais/i });
    expect(english.parentElement!.textContent).toContain('1');
    await userEvent.click(english);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?q=chef&lang=en'));
    expect(calls.at(-1)!.variables).toEqual({
      input: { first: 20, query: 'chef', languages: ['en'] },
      withFacets: true,
      withHits: true,
    });
  });

  it('ticks a company kind into its own filter: the festival kind of the same value stays unticked', async () => {
    // ANIMATION is a kind of company and of festival: each facet sets its own filter.
    const { calls } = setup('/?q=studio', [
      { name: 'companyKinds', values: [{ value: 'ANIMATION', count: 1 }] },
      { name: 'festivalKinds', values: [{ value: 'ANIMATION', count: 5 }] },
    ]);
    const companies = await screen.findByRole('group', { name: 'Activités' });
    const festivals = screen.getByRole('group', { name: 'Types de festival' });
    await userEvent.click(within(companies).getByRole('checkbox', { name: /Animation/ }));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('?q=studio&companyKind=ANIMATION'),
    );
    expect(calls.at(-1)!.variables).toEqual({
      input: { first: 20, query: 'studio', companyKinds: ['ANIMATION'] },
      withFacets: true,
      withHits: true,
    });
    expect(within(festivals).getByRole('checkbox', { name: /Animation/ })).toHaveProperty('checked', false);

    await userEvent.click(within(festivals).getByRole('checkbox', { name: /Animation/ }));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        '?q=studio&companyKind=ANIMATION&festivalKind=ANIMATION',
      ),
    );
    expect(calls.at(-1)!.variables).toMatchObject({
      input: { companyKinds: ['ANIMATION'], festivalKinds: ['ANIMATION'] },
    });
  });

  it('asks for facets once typing pauses, not for every keystroke', async () => {
    const { calls } = setup();
    await userEvent.type(screen.getByLabelText(/Rechercher des personnes/), 'chef');
    const searches = () => calls.filter((call) => call.name === 'Search');
    await waitFor(() => expect(searches().at(-1)!.variables.withFacets).toBe(true));
    const withFacets = searches().filter((call) => call.variables.withFacets);
    expect(withFacets.map((call) => (call.variables.input as { query: string }).query)).toEqual(['chef']);
    expect(searches().length).toBeGreaterThan(withFacets.length);
    // The last keystroke already asked for these hits: the settled request asks for the facets alone, and the
    // hits stay on screen beside them.
    expect(withFacets[0].variables.withHits).toBe(false);
    expect(
      searches()
        .filter((call) => !call.variables.withFacets)
        .every((call) => call.variables.withHits),
    ).toBe(true);
    expect(await screen.findByRole('checkbox', { name: /anglais/i })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Léa Dupré' })).toBeTruthy();
  });

  it('asks the settled query for its hits again when the last keystroke failed to bring them', async () => {
    const fixtures = fixtureClient({
      SearchLookups: () => LOOKUPS,
      Search: (variables) => {
        const query = (variables.input as { query?: string }).query ?? '';
        if (query === 'chef' && !variables.withFacets)
          return new CombinedError({ networkError: new Error('down') });
        return searchResult(query);
      },
    });
    renderPage(<SearchPage />, { client: fixtures.client });
    await userEvent.type(screen.getByLabelText(/Rechercher des personnes/), 'chef');
    const settled = () =>
      fixtures.calls.filter((call) => call.name === 'Search' && call.variables.withFacets).at(-1)?.variables;
    await waitFor(() => expect(settled()).toMatchObject({ input: { query: 'chef' }, withHits: true }));
    await waitFor(() =>
      expect(document.querySelector('[data-shown-query]')!.getAttribute('data-shown-query')).toBe('chef'),
    );
  });

  it('asks the settled query for its hits too while the last keystroke is still loading', async () => {
    const fixtures = fixtureClient({
      SearchLookups: () => LOOKUPS,
      Search: (variables) => {
        const query = (variables.input as { query?: string }).query ?? '';
        return query === 'chef' && !variables.withFacets ? PENDING : searchResult(query);
      },
    });
    renderPage(<SearchPage />, { client: fixtures.client });
    await userEvent.type(screen.getByLabelText(/Rechercher des personnes/), 'chef');
    await waitFor(() =>
      expect(document.querySelector('[data-shown-query]')!.getAttribute('data-shown-query')).toBe('chef'),
    );
    const searches = fixtures.calls.filter((call) => call.name === 'Search');
    expect(
      searches.filter((call) => call.variables.withFacets).map((call) => call.variables.withHits),
    ).toEqual([true]);
  });

  it('asks for the hits again when a filter is ticked then unticked on a settled query', async () => {
    const { calls } = setup();
    await userEvent.type(screen.getByLabelText(/Rechercher des personnes/), 'chef');
    const english = await screen.findByRole('checkbox', { name: /anglais/i });
    await userEvent.click(english);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?q=chef&lang=en'));
    await userEvent.click(screen.getByRole('checkbox', { name: /anglais/i }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?q=chef'));
    await waitFor(() =>
      expect(calls.at(-1)!.variables).toEqual({
        input: { first: 20, query: 'chef' },
        withFacets: true,
        withHits: true,
      }),
    );
  });

  it('asks for hits and facets in one request when a page opens on a query', async () => {
    const { calls } = setup('/?q=chef');
    await screen.findByRole('checkbox', { name: /anglais/i });
    expect(screen.getByRole('link', { name: 'Léa Dupré' })).toBeTruthy();
    expect(calls.filter((call) => call.name === 'Search').map((call) => call.variables)).toEqual([
      { input: { first: 20, query: 'chef' }, withFacets: true, withHits: true },
    ]);
  });

  it('does not ask for facets for a later page', async () => {
    const { calls } = setup('/?q=chef&after=MTk');
    await screen.findByRole('link', { name: 'Léa Dupré' });
    expect(calls.filter((call) => call.name === 'Search').every((call) => !call.variables.withFacets)).toBe(
      true,
    );
  });

  it('offers the first page, not "no results", on a page past the last hit', async () => {
    // A link to a later page after the results became fewer: the API answers no hit, and a page before.
    const fixtures = fixtureClient({
      SearchLookups: () => LOOKUPS,
      Search: (variables) => {
        const { search } = searchResult('chef');
        const later = Boolean((variables.input as { after?: string }).after);
        return {
          search: {
            totalHits: 2,
            processingTimeMs: 1,
            ...(variables.withHits
              ? later
                ? { hits: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: null } }
                : { hits: search.hits, pageInfo: search.pageInfo }
              : {}),
            ...(variables.withFacets ? { facets: search.facets } : {}),
          },
        };
      },
    });
    renderPage(<SearchPage />, { client: fixtures.client, url: '/?q=chef&after=bzoxOQ' });
    expect(await screen.findByText(/au-delà du dernier résultat/)).toBeTruthy();
    expect(screen.queryByText('Aucun résultat pour ces critères.')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Revenir à la première page' }));
    expect(screen.getByTestId('location').textContent).toBe('?q=chef');
    expect(await screen.findByRole('link', { name: 'Léa Dupré' })).toBeTruthy();
  });

  it('searches near a commune with its coordinates', async () => {
    const { calls } = setup('/?q=chef');
    await screen.findByRole('link', { name: 'Léa Dupré' });
    await userEvent.selectOptions(screen.getByLabelText('À proximité de'), 'commune:59599');
    await waitFor(() =>
      expect(calls.at(-1)!.variables).toMatchObject({
        input: { near: { lat: 50.72, lng: 3.16, radiusKm: 30 } },
      }),
    );
    expect(screen.getByText('à 1.2 km')).toBeTruthy();
  });

  it('maps the located results beside the list, with the near radius', async () => {
    setup('/?q=chef&near=commune%3A59599&radius=20');
    const region = await screen.findByRole('region', { name: 'Carte des résultats' });
    const map = await within(region).findByTestId('place-map');
    expect(map.getAttribute('data-radius')).toBe('20');
    expect([...map.querySelectorAll('span')].map((place) => [place.textContent, place.dataset.href])).toEqual(
      [['Léa Dupré', '/people/lea-dupre']],
    );
    expect(within(map).getByText(/Résultats sur la carte : 1, cercle de 20 km/)).toBeTruthy();
  });

  it('shows no map without located results', async () => {
    setup('/?type=COMPANY&city=Nowhere');
    await screen.findByText('Aucun résultat pour ces critères.');
    expect(screen.queryByRole('region', { name: 'Carte des résultats' })).toBeNull();
  });

  it('shows a designed empty state', async () => {
    setup('/?type=COMPANY&city=Nowhere');
    expect(await screen.findByText('Aucun résultat pour ces critères.')).toBeTruthy();
  });

  it('searches festivals on the festivals tab', async () => {
    const { calls } = setup('/?q=chef');
    await userEvent.click(screen.getByRole('tab', { name: 'Festivals' }));
    expect(screen.getByTestId('location').textContent).toBe('?q=chef&type=FESTIVAL');
    await waitFor(() =>
      expect(
        calls.some(
          (call) =>
            call.name === 'Search' &&
            JSON.stringify((call.variables.input as { types?: string[] }).types) === '["FESTIVAL"]',
        ),
      ).toBe(true),
    );
  });

  it('moves between tabs with the arrow keys', async () => {
    setup();
    screen.getByRole('tab', { name: 'Tout' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Personnes' }));
    expect(screen.getByRole('tab', { name: 'Personnes' }).getAttribute('aria-selected')).toBe('true');
  });
});
