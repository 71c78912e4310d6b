import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, ValidationOptions } from 'class-validator';

/** A calendar day, YYYY-MM-DD. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day, YYYY-MM-DD, that exists (no 2026-02-30). ISO 8601 alone also admits a year, a month, a week, an
 * ordinal day or a time ("2026", "2026-W05", "2026-032", "…T10:00Z"), which a `date` column refuses or silently
 * truncates. One rule for every date argument and input field.
 */
export function IsDay(options: ValidationOptions = {}): PropertyDecorator {
  return applyDecorators(
    IsISO8601({ strict: true }, options),
    Matches(DAY, { message: '$property must be a day, YYYY-MM-DD', ...options }),
  );
}
