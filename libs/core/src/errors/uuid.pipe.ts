import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError } from './app-error';

/**
 * For a bare `@Args('id', { type: () => ID }, UuidPipe)`: ids are UUIDs, and anything else is the caller's mistake
 * (BAD_USER_INPUT naming the argument), not a database error.
 */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, { data }: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value)) return value;
    const field = data ?? 'id';
    throw AppError.badInput(`Invalid input: ${field}: must be a UUID`, [
      { field, message: 'must be a UUID' },
    ]);
  }
}
