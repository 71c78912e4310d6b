import { ConnectionArgs, IsNotBlank, IsWebLink } from '@crossroads/core';
import { ArgsType, Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { PlaceFilter } from '../../shared/place-filter';
import {
  ArrayMaxSize,
  IsEnum,
  IsISO31661Alpha2,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CompanyKind, SizeBand, WorkFormat } from '../../shared/directory.enums';

const SLUG = /^[a-z0-9-]+$/;

@InputType()
export class CompanyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'French companies only: 9 digits, Luhn-checked' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'siren must be 9 digits' })
  siren?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. FR, BE' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as "FR"' })
  country?: string;

  @Field(() => [CompanyKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(CompanyKind, { each: true })
  kinds?: CompanyKind[];

  @Field(() => [WorkFormat], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(12)
  @IsEnum(WorkFormat, { each: true })
  formats?: WorkFormat[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(120)
  city?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9A-Z -]{3,10}$/, { message: 'postcode must be 3 to 10 digits or capital letters' })
  postcode?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude()
  lat?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude()
  lng?: number;

  @Field(() => String, { nullable: true, description: 'Site slug, for tenants of the three sites' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(80)
  site?: string;

  @Field(() => SizeBand, { nullable: true })
  @IsOptional()
  @IsEnum(SizeBand)
  sizeBand?: SizeBand;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebLink()
  @MaxLength(255)
  website?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  descriptionFr?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  descriptionEn?: string;
}

@InputType()
export class CompanyFilter extends PlaceFilter {
  @Field(() => [CompanyKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(15)
  @IsEnum(CompanyKind, { each: true })
  kinds?: CompanyKind[];

  @Field(() => [WorkFormat], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(12)
  @IsEnum(WorkFormat, { each: true })
  formats?: WorkFormat[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsISO31661Alpha2({ each: true })
  countries?: string[];
}

@ArgsType()
export class CompaniesArgs extends ConnectionArgs {
  @Field(() => CompanyFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompanyFilter)
  filter?: CompanyFilter;
}
