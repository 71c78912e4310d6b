import { Matches, ValidationOptions } from 'class-validator';

/**
 * Text that must say something: at least one character other than white space. `MinLength(1)` let "   " through
 * as a name, a title, a role or a message (stored as is, or trimmed to nothing by the service). One rule for every
 * required text of the GraphQL inputs and, through them, of the imports.
 */
export function IsNotBlank(options: ValidationOptions = {}): PropertyDecorator {
  return Matches(/\S/u, { message: '$property must not be blank', ...options });
}
