import { QUERY_MIX } from './query-mix';
import { firstPageRequests, keystrokeQueries, nextPageRequest, webAppInput } from './web-app-mix';

describe('web app mix', () => {
  it('sends one query per keystroke, not again for a space the trim removes', () => {
    expect(keystrokeQueries('son 3D')).toEqual(['s', 'so', 'son', 'son 3', 'son 3D']);
    expect(keystrokeQueries('')).toEqual([]);
  });

  it('shapes inputs as toSearchInput does: first 20, the trimmed query, the filters kept', () => {
    expect(webAppInput({ query: 'scénariste', first: 50 })).toEqual({ first: 20, query: 'scénariste' });
    expect(webAppInput({ query: '', kinds: ['STUDENT'] })).toEqual({ first: 20, kinds: ['STUDENT'] });
    for (const input of QUERY_MIX) {
      const fields = Object.keys(input).filter((key) => key !== 'first' && (key !== 'query' || input.query));
      expect(Object.keys(webAppInput(input)).sort()).toEqual(['first', ...fields].sort());
    }
  });

  it('asks for facets only on the settled first page', () => {
    const input = { query: 'chef', types: ['PERSON'] };
    const typed = firstPageRequests(input, 'typed');
    expect(
      typed.map((request) => [request.kind, request.variables.withFacets, request.variables.withHits]),
    ).toEqual([
      ...['c', 'ch', 'che', 'chef'].map(() => ['keystroke', false, true]),
      ['settled', true, false],
    ]);
    expect(typed[1].variables.input).toEqual({ first: 20, query: 'ch', types: ['PERSON'] });
    expect(firstPageRequests(input, 'pasted').map((request) => request.kind)).toEqual([
      'keystroke',
      'settled',
    ]);
    expect(firstPageRequests({ query: '', kinds: ['STUDENT'] }, 'typed').map((r) => r.variables)).toEqual([
      { input: { first: 20, kinds: ['STUDENT'] }, withFacets: true, withHits: true },
    ]);
    expect(nextPageRequest(typed.at(-1)!, 'MTk').variables).toEqual({
      input: { first: 20, query: 'chef', types: ['PERSON'], after: 'MTk' },
      withFacets: false,
      withHits: true,
    });
  });
});
