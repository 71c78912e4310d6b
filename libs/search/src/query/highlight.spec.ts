import { HIGHLIGHT_TAGS, toSafeHighlight } from './highlight';

describe('toSafeHighlight', () => {
  const { highlightPreTag: pre, highlightPostTag: post } = HIGHLIGHT_TAGS;

  it('turns match marks into <mark> tags', () => {
    expect(toSafeHighlight(`${pre}Serre${post} Numérique`)).toBe('<mark>Serre</mark> Numérique');
  });

  it('escapes HTML found in the indexed text', () => {
    expect(toSafeHighlight(`<img src=x onerror="a">${pre}b${post}`)).toBe(
      '&lt;img src=x onerror=&quot;a&quot;&gt;<mark>b</mark>',
    );
  });
});
