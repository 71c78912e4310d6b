import { BERLINALE, CONTEXTS, partner, project, SCORED_PAIRS } from '../scoring/scorer.fixtures';
import { scorePartner } from '../scoring/scoring';
import { reasonLang, reasonText, WORDED_CODES } from './reason-text';

const RAW_CODE = /\b[A-Z]+_[A-Z_]+\b/;

describe('reasonText', () => {
  it('words every reason of the fixtures in both languages, with no raw code left', () => {
    for (const [, p, q] of SCORED_PAIRS)
      for (const context of CONTEXTS)
        for (const { reason } of scorePartner(project(p), partner(q), context).reasons) {
          const [en, fr] = [reasonText(reason, 'en'), reasonText(reason, 'fr')];
          expect(en).not.toMatch(RAW_CODE);
          expect(fr).not.toMatch(RAW_CODE);
          expect(fr).not.toBe(en);
        }
  });

  it('has both languages for every code', () => {
    const reason = (code: string) => ({ code, params: {} });
    for (const code of WORDED_CODES) {
      expect(reasonText(reason(code), 'en')).not.toBe(code);
      expect(reasonText(reason(code), 'fr')).not.toBe(code);
    }
  });

  it('gives an unknown code back as it is', () => {
    expect(reasonText({ code: 'NO_SUCH_CODE', params: {} }, 'fr')).toBe('NO_SUCH_CODE');
  });

  it("adds the country notes to the sentence of the country's reason", () => {
    const score = scorePartner(project({ countriesSought: ['BE'] }), partner(), BERLINALE);
    const country = score.reasons.find((r) => r.criterion === 'COUNTRY')!.reason;
    const without = { code: country.code, params: { ...country.params, sought: null } };
    for (const lang of ['en', 'fr'] as const)
      expect(
        reasonText(country, lang).startsWith(`${reasonText(without, lang)}${lang === 'fr' ? ' ; ' : '; '}`),
      ).toBe(true);
  });
});

describe('reasonLang', () => {
  it('takes the argument, else the negotiated header, else English', () => {
    const header = (lang: string | false) => ({ acceptsLanguages: () => lang });
    expect(reasonLang('fr', header('en'))).toBe('fr');
    expect(reasonLang(null, header('fr'))).toBe('fr');
    expect(reasonLang('de', header(false))).toBe('en');
    expect(reasonLang(undefined)).toBe('en');
  });
});
