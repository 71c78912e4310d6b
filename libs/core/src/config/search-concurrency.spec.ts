import { availableParallelism } from 'node:os';
import { loadConfig } from './load-config';

jest.mock('node:os', () => ({
  ...jest.requireActual<typeof import('node:os')>('node:os'),
  availableParallelism: jest.fn(() => 4),
}));

describe('MEILI_SEARCH_CONCURRENCY', () => {
  it('defaults to twice the cores', () => {
    expect(loadConfig({}).MEILI_SEARCH_CONCURRENCY).toBe(8);
  });

  it('keeps its default within the range it accepts on a machine with more than 128 cores', () => {
    jest.mocked(availableParallelism).mockReturnValue(192);
    expect(loadConfig({}).MEILI_SEARCH_CONCURRENCY).toBe(256);
  });
});
