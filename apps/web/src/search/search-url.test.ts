import { parseSearch, serializeSearch, toggleFilter, toSearchInput } from './search-url';

describe('search URL', () => {
  const url =
    'q=chef+op%C3%A9rateur&type=PERSON&lang=en&near=commune%3A59599&radius=20&from=2027-03-01&to=2027-03-31';

  it('round-trips a shared search', () => {
    const state = parseSearch(new URLSearchParams(url));
    expect(state).toMatchObject({
      q: 'chef opérateur',
      tab: 'PERSON',
      near: { kind: 'commune', key: '59599' },
      radiusKm: 20,
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(state.filters.languages).toEqual(['en']);
    expect(serializeSearch(state).toString()).toBe(url);
  });

  it('ignores what it cannot understand', () => {
    const state = parseSearch(new URLSearchParams('type=NOPE&radius=-3&from=tomorrow&near=planet:mars'));
    expect(state).toMatchObject({ tab: 'ALL', radiusKm: 30, from: '', near: null });
  });

  it('goes back to the first page when a filter changes', () => {
    const state = { ...parseSearch(new URLSearchParams('after=abc')) };
    const next = toggleFilter(state, 'crafts', 'director-of-photography');
    expect(next.after).toBeNull();
    expect(toggleFilter(next, 'crafts', 'director-of-photography').filters.crafts).toEqual([]);
  });

  it('builds the API input, with a near point once its coordinates are known', () => {
    const state = parseSearch(new URLSearchParams(url));
    expect(toSearchInput(state, null).near).toBeUndefined();
    expect(toSearchInput(state, { lat: 50.72, lng: 3.16 })).toEqual({
      first: 20,
      query: 'chef opérateur',
      types: ['PERSON'],
      languages: ['en'],
      near: { lat: 50.72, lng: 3.16, radiusKm: 20 },
      availableFrom: '2027-03-01',
      availableTo: '2027-03-31',
    });
  });

  it('keeps person, company and festival kinds apart, in the URL and in the API input', () => {
    const shared = 'kind=PRODUCER&companyKind=ANIMATION&festivalKind=ANIMATION&festivalKind=MARKET';
    const state = parseSearch(new URLSearchParams(shared));
    expect(state.filters).toMatchObject({
      kinds: ['PRODUCER'],
      companyKinds: ['ANIMATION'],
      festivalKinds: ['ANIMATION', 'MARKET'],
    });
    expect(serializeSearch(state).toString()).toBe(shared);
    expect(toSearchInput(state, null)).toEqual({
      first: 20,
      kinds: ['PRODUCER'],
      companyKinds: ['ANIMATION'],
      festivalKinds: ['ANIMATION', 'MARKET'],
    });
    expect(toggleFilter(state, 'companyKinds', 'ANIMATION').filters).toMatchObject({
      companyKinds: [],
      festivalKinds: ['ANIMATION', 'MARKET'],
    });
  });

  it('reads a link from before the split: a company kind under `kind` is a company kind', () => {
    const state = parseSearch(
      new URLSearchParams('type=COMPANY&kind=PRODUCTION&kind=ANIMATION&kind=PRODUCER'),
    );
    expect(state.filters).toMatchObject({
      kinds: ['PRODUCER'],
      companyKinds: ['PRODUCTION', 'ANIMATION'],
      festivalKinds: [],
    });
    expect(serializeSearch(state).toString()).toBe(
      'type=COMPANY&kind=PRODUCER&companyKind=PRODUCTION&companyKind=ANIMATION',
    );
  });

  it('asks for festivals only on the festivals tab', () => {
    expect(toSearchInput(parseSearch(new URLSearchParams('q=lille&type=FESTIVAL')), null).types).toEqual([
      'FESTIVAL',
    ]);
  });
});
