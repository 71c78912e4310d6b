import { IsDay } from '@crossroads/core';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SearchType } from '../../indexes/search-type.enum';

export const MAX_QUERY_LENGTH = 200;
const MAX_VALUES = 20;

@InputType()
export class GeoInput {
  @Field(() => Float)
  @IsLatitude()
  lat: number;

  @Field(() => Float)
  @IsLongitude()
  lng: number;

  @Field(() => Float, { description: 'Radius in km, up to 500' })
  @IsNumber()
  @Min(0.1)
  @Max(500)
  radiusKm: number;
}

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

  @Field(() => [String], {
    nullable: true,
    description: 'Person kinds (TECHNICIAN…, facet `kinds`): people only',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  kinds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Company kinds (PRODUCTION, ANIMATION…, facet `companyKinds`): companies only',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  companyKinds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Festival kinds (MARKET, ANIMATION…, facet `festivalKinds`): festivals only',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  festivalKinds?: string[];

  @Field(() => [String], { nullable: true, description: 'Craft slugs (query `crafts`)' })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  crafts?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'ISO 639-1 codes; a person "speaks" a language at NATIVE, FLUENT or PROFESSIONAL level',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  cities?: string[];

  @Field(() => [String], { nullable: true, description: 'Site slugs' })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  sites?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Project formats (FEATURE_FILM, ANIMATED_SERIES…): projects, and companies working on them',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  formats?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Project stages (WRITING…POST_PRODUCTION): projects only',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  stages?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Genres: projects, and companies whose co-production profile lists them',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  genres?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Countries a project seeks partners in: projects only',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  countriesSought?: string[];

  @Field(() => GeoInput, { nullable: true, description: 'Within radiusKm of a point, nearest first' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoInput)
  near?: GeoInput;

  @Field(() => String, {
    nullable: true,
    description: 'People free on every day from this date (YYYY-MM-DD)…',
  })
  @IsOptional()
  @IsDay()
  availableFrom?: string;

  @Field(() => String, { nullable: true, description: '…to this date, inclusive (92 days at most)' })
  @IsOptional()
  @IsDay()
  availableTo?: string;

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
