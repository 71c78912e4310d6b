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
  ])('%s %s (accepts html: %s) → %s', (method, path, acceptsHtml, expected) => {
    expect(isPageRequest(method, path, acceptsHtml)).toBe(expected);
  });
});
