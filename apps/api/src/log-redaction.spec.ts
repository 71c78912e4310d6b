import { redactRequest, redactUrl } from './log-redaction';

describe('log redaction', () => {
  it('hides calendar feed tokens and token query parameters', () => {
    expect(redactUrl('/calendar/feeds/AbC_-123.ics?lang=en')).toBe('/calendar/feeds/[redacted]?lang=en');
    expect(redactUrl('/unsubscribe?kind=X&token=abc.def')).toBe('/unsubscribe?kind=X&token=[redacted]');
    expect(redactUrl('/calendar/editions.ics')).toBe('/calendar/editions.ics');
  });

  it('replaces params and query without touching the live request objects', () => {
    const params = { token: 'secret.ics' };
    const serialized = redactRequest({ url: '/calendar/feeds/secret.ics', params, query: { lang: 'en' } });
    expect(serialized).toEqual({
      url: '/calendar/feeds/[redacted]',
      params: { token: '[redacted]' },
      query: { lang: 'en' },
    });
    expect(params.token).toBe('secret.ics');
  });
});
