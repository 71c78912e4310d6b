import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { LRUCache } from 'lru-cache';
import { validateSync } from 'class-validator';
import { AppError, FieldProblem } from './app-error';

/** class-validator's error tree as one problem per constraint, fields named by their path (`languages.0.level`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * The checks the GraphQL pipe applies to an input class, for inputs that do not arrive through GraphQL (imports):
 * the instance, and the problems found.
 */
export function validateInput<T extends object>(
  type: new () => T,
  plain: object,
): { value: T; problems: FieldProblem[] } {
  const value = plainToInstance(type, plain);
  const errors = validateSync(value, { whitelist: true, forbidUnknownValues: false });
  return { value, problems: flattenValidationErrors(errors) };
}

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

/**
 * Validates each distinct input once: a search box sends the same few inputs again and again, and class-validator
 * costs about 3 % of the API's CPU per search (docs/BENCHMARKS.md). The project's validators are pure functions of
 * the input (none reads the clock or the database), so an input that passed once passes again: it is only
 * transformed into its class. Kept only when the validation removed nothing (whitelist) from the transformed
 * input, so a hit returns what a full pass would; failures are never kept (each one reports its problems).
 */
class ValidatedOnceValidationPipe extends ValidationPipe {
  private readonly passed = new WeakMap<object, LRUCache<string, true>>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype;
    if (!metatype || !isPlainObject(value) || !this.toValidate(metadata))
      return super.transform(value, metadata);
    let key: string;
    try {
      key = JSON.stringify(value);
    } catch {
      return super.transform(value, metadata);
    }
    let passed = this.passed.get(metatype);
    if (!passed) this.passed.set(metatype, (passed = new LRUCache({ max: 500 })));
    if (passed.has(key)) return plainToInstance(metatype, value, this.transformOptions);
    const entity: unknown = await super.transform(value, metadata);
    if (JSON.stringify(plainToInstance(metatype, value, this.transformOptions)) === JSON.stringify(entity))
      passed.set(key, true);
    return entity;
  }
}

/** class-validator on every distinct input; failures become one BAD_USER_INPUT naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidatedOnceValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return AppError.badInput(`Invalid input: ${summary}`, fields);
    },
  });
}
