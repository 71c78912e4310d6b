import { plainQuery } from './query-text';

describe('plainQuery', () => {
  it.each([
    ['"chef opérateur', ' chef opérateur'],
    ['"chef opérateur"', ' chef opérateur '],
    ['“cheffe opératrice”', ' cheffe opératrice '],
    ['-chef opérateur', 'chef opérateur'],
    ['monteuse -lille', 'monteuse lille'],
    ['monteuse --lille', 'monteuse lille'],
    ['-"chef opérateur"', ' chef opérateur '],
    ['monteuse "-lille"', 'monteuse  lille '],
    ['monteuse - son', 'monteuse  son'],
  ])('reads %j as plain text: %j', (query, plain) => {
    expect(plainQuery(query)).toBe(plain);
  });

  it.each(["Villeneuve-d'Ascq", 'Jean-Pierre Dubois', 'sous-cheffe électricienne', 'chef op'])(
    'leaves %j as it is',
    (query) => {
      expect(plainQuery(query)).toBe(query);
    },
  );
});
