import { periodProblem } from './assert-valid';

describe('periodProblem', () => {
  it('flags a period that ends before it starts', () => {
    expect(periodProblem('availability.0', '2026-03-10', '2026-03-01')).toEqual({
      field: 'availability.0',
      message: 'ends before it starts',
    });
    expect(periodProblem('x', '2026-03-01', '2026-03-01')).toBeNull();
  });
});
