import { isPageRequest } from './web-app';

describe('isPageRequest', () => {
  it.each([
    ['GET', '/', true, true],
    ['GET', '/people/lea-durand', true, true],
    ['HEAD', '/staff/claims', true, true],
    ['GET', '/people/lea-durand', false, false],
    ['POST', '/import/people', true, false],
    ['GET', '/graphql', true, false],
    ['GET', '/health', true, false],
    ['GET', '/delegations/0b7c/export.csv', true, false],
    ['GET', '/delegations/0b7c/brochure.pdf', true, false],
    ['GET', '/favicon.ico', true, false],
    // The unsubscribe link of every mail: it opened the web app's "page not found".
    ['GET', '/unsubscribe', true, false],
    ['GET', '/calendar/editions', true, false],
    ['GET', '/staff/delegations', true, true],
    ['GET', '/staff/import', true, true],
  ])('%s %s (accepts html: %s) → %s', (method, path, acceptsHtml, expected) => {
    expect(isPageRequest(method, path, acceptsHtml)).toBe(expected);
  });
});
