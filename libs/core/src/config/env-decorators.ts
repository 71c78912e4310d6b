import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min } from 'class-validator';

/** How environment strings become values: an unset or empty variable keeps the field's default. */
export const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
export const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
export const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** An integer variable within [min, max]. */
export const IntEnv = (min: number, max: number) =>
  applyDecorators(Transform(toInt), IsInt(), Min(min), Max(max));

/** A flag: 1, true, yes, on (any case) are true, anything else false. */
export const BoolEnv = () => applyDecorators(Transform(toBool), IsBoolean());

/** An optional URL with one of these schemes (no public domain needed: hosts such as localhost pass). */
export const OptionalUrlEnv = (...protocols: string[]) =>
  applyDecorators(
    Transform(emptyToUndefined),
    IsOptional(),
    IsUrl({ protocols, require_tld: false, require_protocol: true }),
  );

/** An optional string of at most `max` characters. */
export const OptionalStringEnv = (max: number) =>
  applyDecorators(Transform(emptyToUndefined), IsOptional(), IsString(), MaxLength(max));
