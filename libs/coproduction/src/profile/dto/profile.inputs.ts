import { IsNotBlank } from '@crossroads/core';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PartnerRole, ProjectFormat } from '../../shared/coproduction.enums';
import { MAX_EUROS } from '../../project/dto/project.inputs';
import { SUBDIVISION_CODES } from '../../reference/subdivisions.reference';

@InputType()
export class TrackRecordInput {
  @Field()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(1900)
  @Max(2100)
  year: number;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes' })
  @ArrayMaxSize(10)
  @IsISO31661Alpha2({ each: true, message: 'countries must be ISO 3166-1 alpha-2 codes' })
  countries: string[];

  @Field(() => ProjectFormat)
  @IsEnum(ProjectFormat)
  format: ProjectFormat;
}

/** Fields left out keep their value; lists given replace the stored ones. */
@InputType()
export class CoproductionProfileInput {
  @Field(() => String, {
    nullable: true,
    description: `Region or community: ${SUBDIVISION_CODES.join(', ')} (of the company's country); null clears it`,
  })
  @IsOptional()
  @IsIn([...SUBDIVISION_CODES], { message: `subdivision must be one of ${SUBDIVISION_CODES.join(', ')}` })
  subdivision?: string | null;

  @Field(() => [ProjectFormat], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(ProjectFormat, { each: true })
  formats?: ProjectFormat[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  genres?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  @IsOptional()
  @ArrayMaxSize(40)
  @IsISO31661Alpha2({ each: true, message: 'coproductionCountries must be ISO 3166-1 alpha-2 codes' })
  coproductionCountries?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_EUROS)
  budgetMinEur?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_EUROS)
  budgetMaxEur?: number;

  @Field(() => [PartnerRole], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(8)
  @IsEnum(PartnerRole, { each: true })
  rolesOffered?: PartnerRole[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be ISO 639-1 codes such as "fr"' })
  languages?: string[];

  @Field(() => [TrackRecordInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TrackRecordInput)
  trackRecord?: TrackRecordInput[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  seeksProjects?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Festival editions the company attends' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  attendingEditionIds?: string[];
}
