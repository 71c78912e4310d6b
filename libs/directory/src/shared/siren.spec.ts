import { isValidSiren, makeSiren } from './siren';

describe('isValidSiren', () => {
  it.each([
    ['732829320', true],
    ['552100554', true],
    ['443061841', true],
    ['732829321', false],
    ['12345678', false],
    ['1234567890', false],
    ['abcdefghi', false],
    ['73282932 ', false],
    ['', false],
  ])('%s → %s', (siren, valid) => expect(isValidSiren(siren)).toBe(valid));
});

describe('makeSiren', () => {
  it('completes known SIRENs with their check digit', () => {
    expect(makeSiren('73282932')).toBe('732829320');
    expect(makeSiren('55210055')).toBe('552100554');
    expect(makeSiren(44306184)).toBe('443061841');
  });

  it('left-pads numbers and always yields a valid SIREN', () => {
    expect(makeSiren(1)).toMatch(/^00000001\d$/);
    for (let prefix = 10_000_000; prefix < 10_002_000; prefix++) {
      const siren = makeSiren(prefix);
      expect(isValidSiren(siren)).toBe(true);
      // Every other check digit breaks it.
      const wrong = `${siren.slice(0, 8)}${(Number(siren[8]) + 1) % 10}`;
      expect(isValidSiren(wrong)).toBe(false);
    }
  });

  it('rejects prefixes that are not 8 digits', () => {
    expect(() => makeSiren('1234567')).toThrow(RangeError);
    expect(() => makeSiren(123_456_789)).toThrow(RangeError);
    expect(() => makeSiren('1234567a')).toThrow(RangeError);
  });
});
