/**
 * A realistic mix of directory searches: job titles in French and English, a typo, names, cities, and the filtered,
 * faceted and geographic searches of a producer looking for crew. Every query asks for facets (the UI shows them).
 */
export const QUERY_MIX: Record<string, unknown>[] = [
  { query: 'chef opérateur' },
  { query: 'monteuse', types: ['PERSON'] },
  { query: 'cinematografer' },
  { query: 'directeur de la photographie', languages: ['en'] },
  { query: 'animateur 3D', cities: ['Valenciennes', 'Lille'] },
  { query: 'ingénieur du son', near: { lat: 50.72, lng: 3.16, radiusKm: 30 } },
  { query: '', crafts: ['director-of-photography'], languages: ['en'] },
  {
    query: 'gaffer',
    near: { lat: 50.63, lng: 3.06, radiusKm: 50 },
    availableFrom: '2027-03-01',
    availableTo: '2027-03-31',
  },
  { query: 'production', types: ['COMPANY'], companyKinds: ['PRODUCTION'] },
  { query: 'Martin' },
  { query: 'Lille' },
  { query: 'scénariste', first: 50 },
  { query: '', kinds: ['STUDENT'], sites: ['plaine-images'] },
  { query: 'rubika' },
  { query: 'plaine images' },
  { query: 'développeur gameplay unity', types: ['PERSON'] },
];

export const SEARCH_QUERY = `query ($input: SearchInput!) { search(input: $input) {
  totalHits processingTimeMs pageInfo { hasNextPage endCursor }
  facets { name values { value count } }
  hits { type slug title subtitle highlight score distanceKm } } }`;
