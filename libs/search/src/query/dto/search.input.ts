import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SearchType } from '../../indexes/search-type.enum';

export const MAX_QUERY_LENGTH = 200;

@InputType()
export class SearchInput {
  @Field(() => String, { nullable: true, description: `Free text, ${MAX_QUERY_LENGTH} characters at most` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  query?: string;

  @Field(() => [SearchType], { nullable: true, description: 'Restrict to these types (all by default)' })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(SearchType, { each: true })
  types?: SearchType[];

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  after?: string;
}
