import { ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
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

/** class-validator on every input; failures become one BAD_USER_INPUT naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
