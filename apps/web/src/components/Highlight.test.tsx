import { render } from '@testing-library/react';
import { Highlight, highlightParts } from './Highlight';

describe('Highlight', () => {
  it('splits marked matches from escaped text', () => {
    expect(highlightParts('Chef <mark>opérateur</mark> &amp; cadreur')).toEqual([
      { text: 'Chef ', marked: false },
      { text: 'opérateur', marked: true },
      { text: ' & cadreur', marked: false },
    ]);
  });

  it('never turns escaped markup into elements', () => {
    const { container } = render(<Highlight html={'&lt;img src=x onerror=alert(1)&gt; <mark>DoP</mark>'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> DoP');
  });
});
