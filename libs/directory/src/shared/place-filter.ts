import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The `cities` and `sites` filters every directory list shares. */
@InputType({ isAbstract: true })
export abstract class PlaceFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(120, { each: true })
  cities?: string[];

  @Field(() => [String], { nullable: true, description: 'Site slugs' })
  @IsOptional()
  @ArrayMaxSize(3)
  @Matches(/^[a-z0-9-]+$/, { each: true })
  sites?: string[];
}

/** The place filter applied to a list's query (`alias` the people's, companies' or schools' table). */
export function wherePlace<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  filter: PlaceFilter,
): void {
  if (filter.cities?.length) {
    query.andWhere(`lower(${alias}.city) = ANY(:cities)`, {
      cities: filter.cities.map((city) => city.toLowerCase()),
    });
  }
  if (filter.sites?.length)
    query.andWhere(`${alias}.site_id IN (SELECT id FROM site WHERE slug = ANY(:sites))`, {
      sites: filter.sites,
    });
}
