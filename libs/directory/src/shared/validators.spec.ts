import { isValidSiren, periodProblem } from './validators';

describe('isValidSiren', () => {
  it.each([
    ['732829320', true],
    ['552100554', true],
    ['732829321', false],
    ['12345678', false],
    ['abcdefghi', false],
    ['7328293201', false],
  ])('%s → %s', (siren, valid) => expect(isValidSiren(siren)).toBe(valid));
});

describe('periodProblem', () => {
  it('flags a period that ends before it starts', () => {
    expect(periodProblem('availability.0', '2026-03-10', '2026-03-01')).toEqual({
      field: 'availability.0',
      message: 'ends before it starts',
    });
    expect(periodProblem('x', '2026-03-01', '2026-03-01')).toBeNull();
  });
});
