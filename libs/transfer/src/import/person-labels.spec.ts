import { languageTerm, languageWithLevel, titleForm } from './person-labels';

describe('people sheet labels', () => {
  it.each([
    ['féminin', 'FEMININE'],
    ['F', 'FEMININE'],
    ['Masculin', 'MASCULINE'],
    ['INCLUSIVE', 'INCLUSIVE'],
    ['epicene', 'INCLUSIVE'],
  ])('title form %s → %s', (term, form) => expect(titleForm(term)).toBe(form));

  it('refuses an unknown title form', () => expect(titleForm('neutre')).toBeUndefined());

  it('reads a language with its level, the level professional when none is given', () => {
    expect(languageWithLevel('anglais courant')).toEqual({ language: 'en', level: 'FLUENT' });
    expect(languageWithLevel('en:FLUENT')).toEqual({ language: 'en', level: 'FLUENT' });
    expect(languageWithLevel('English (native)')).toEqual({ language: 'en', level: 'NATIVE' });
    expect(languageWithLevel('nl')).toEqual({ language: 'nl', level: 'PROFESSIONAL' });
    expect(languageWithLevel('anglais galactique')).toBeUndefined();
  });

  it('gives a fresh language object per cell', () => {
    expect(languageTerm('anglais')).not.toBe(languageTerm('anglais'));
  });
});
