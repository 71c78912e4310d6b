import { AppError } from '../errors/app-error';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import type { FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';

export interface Lookup {
  id?: string;
  slug?: string;
}

/** The `where` of a single read by id or slug; giving both or neither is a BAD_USER_INPUT. */
export function byIdOrSlug(lookup: Lookup): { id: string } | { slug: string } {
  if (!lookup.id === !lookup.slug) throw AppError.badInput('Give exactly one of id or slug');
  return lookup.id ? { id: lookup.id } : { slug: lookup.slug! };
}

/**
 * The row found by id or slug, or NOT_FOUND naming `label`; also NOT_FOUND when `visible` says the reader may not
 * see it (never a FORBIDDEN that would tell it exists).
 */
export async function findByLookup<T extends ObjectLiteral>(
  repository: Repository<T>,
  lookup: Lookup,
  label: string,
  visible: (row: T) => boolean = () => true,
): Promise<T> {
  const row = await repository.findOneBy(byIdOrSlug(lookup) as unknown as FindOptionsWhere<T>);
  if (!row || !visible(row)) throw AppError.notFound(label);
  return row;
}

/** Arguments of every single read: `person(id: …)` or `person(slug: …)`. */
@ArgsType()
export class LookupArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  @Matches(/^[a-z0-9-]+$/, { message: 'slug may hold only a-z, 0-9 and -' })
  slug?: string;
}
