import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const NESTED_LIST_DEFAULT = 50;
export const NESTED_LIST_MAX = 100;

/** A list inside an object (a site's companies, a company's people…): the first `first` items, 100 at most. */
@ArgsType()
export class NestedListArgs {
  @Field(() => Int, {
    nullable: true,
    description: `1 to ${NESTED_LIST_MAX}, ${NESTED_LIST_DEFAULT} by default`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(NESTED_LIST_MAX)
  first?: number;
}

/** The first items of a loaded list, as NestedListArgs asks. */
export function firstItems<T>(items: readonly T[], { first }: NestedListArgs): T[] {
  return items.slice(0, first ?? NESTED_LIST_DEFAULT);
}
