import { ConnectionArgs, IsNotBlank, IsWebLink } from '@crossroads/core';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { PlaceFilter } from '../../shared/place-filter';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ProgrammeLevel } from '../../shared/directory.enums';

const SLUG = /^[a-z0-9-]+$/;

@InputType()
export class SchoolInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(120)
  city?: string;

  @Field(() => String, { nullable: true, description: 'Site slug' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(80)
  site?: string;

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
export class ProgrammeInput {
  @Field(() => ID, { nullable: true, description: 'Required on creation' })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title?: string;

  @Field(() => ProgrammeLevel, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeLevel)
  level?: ProgrammeLevel;

  @Field(() => String, { nullable: true, description: 'animation, games, vfx, film, acting…' })
  @IsOptional()
  @Matches(/^[a-z-]{2,40}$/, { message: 'discipline must be 2 to 40 lower-case letters or -' })
  discipline?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  durationYears?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  yearlyIntake?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be ISO 639-1 codes' })
  languages?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(RNCP)?\d{3,6}$/, { message: 'rncp must be an RNCP code such as RNCP40325' })
  rncp?: string;
}

@InputType()
export class SchoolFilter extends PlaceFilter {}

@ArgsType()
export class SchoolsArgs extends ConnectionArgs {
  @Field(() => SchoolFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SchoolFilter)
  filter?: SchoolFilter;
}

@InputType()
export class ProgrammeFilter {
  @Field(() => [String], { nullable: true, description: 'School slugs' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(SLUG, { each: true })
  schools?: string[];

  @Field(() => [ProgrammeLevel], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(ProgrammeLevel, { each: true })
  levels?: ProgrammeLevel[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[a-z-]{2,40}$/, { each: true })
  disciplines?: string[];
}

@ArgsType()
export class ProgrammesArgs extends ConnectionArgs {
  @Field(() => ProgrammeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammeFilter)
  filter?: ProgrammeFilter;
}
