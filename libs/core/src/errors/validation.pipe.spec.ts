import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { AppError } from './app-error';
import { createValidationPipe } from './validation.pipe';

class Probe {
  @IsOptional()
  @IsString()
  @MaxLength(5)
  query?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  first?: number;

  // No validator: the whitelist removes it.
  unchecked?: string;
}

const metadata = { type: 'body' as const, metatype: Probe, data: 'input' };

describe('createValidationPipe', () => {
  it('returns an instance of the class for a valid input, every time it comes', async () => {
    const pipe = createValidationPipe();
    for (let i = 0; i < 3; i++) {
      const value = (await pipe.transform({ query: 'abc', first: 2 }, metadata)) as Probe;
      expect(value).toBeInstanceOf(Probe);
      expect({ ...value }).toEqual({ query: 'abc', first: 2 });
    }
  });

  it('rejects an invalid input every time it comes, naming its fields', async () => {
    const pipe = createValidationPipe();
    for (let i = 0; i < 2; i++) {
      const error = (await pipe
        .transform({ query: 'too long', first: 0 }, metadata)
        .catch((e: unknown) => e)) as AppError;
      expect(error).toBeInstanceOf(AppError);
      expect(error.message).toMatch(/query: .*; first: /);
    }
  });

  it('still removes properties without a validator when the same input comes again', async () => {
    const pipe = createValidationPipe();
    for (let i = 0; i < 2; i++) {
      const value = (await pipe.transform({ query: 'abc', unchecked: 'x' }, metadata)) as Probe;
      expect({ ...value }).toEqual({ query: 'abc' });
    }
  });
});
