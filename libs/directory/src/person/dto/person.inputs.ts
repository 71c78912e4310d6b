import { ConnectionArgs, IsDay, IsNotBlank, IsWebLink } from '@crossroads/core';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { PlaceFilter } from '../../shared/place-filter';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LanguageLevel, PersonKind, TitleForm, Visibility, WorkFormat } from '../../shared/directory.enums';

const SLUG = /^[a-z0-9-]+$/;
const LANGUAGE = /^[a-z]{2}$/;
@InputType()
export class LanguageInput {
  @Field({ description: 'ISO 639-1 code, e.g. en' })
  @Matches(LANGUAGE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @Field(() => LanguageLevel)
  @IsEnum(LanguageLevel)
  level: LanguageLevel;
}

@InputType()
export class AvailabilityInput {
  @Field({ description: 'YYYY-MM-DD' })
  @IsDay()
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @IsDay()
  endsOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  note?: string;
}

@InputType()
export class CreditInput {
  @Field()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(1890)
  @Max(2100)
  year: number;

  @Field(() => WorkFormat)
  @IsEnum(WorkFormat)
  format: WorkFormat;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(80)
  craft?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  companyName?: string;
}

@InputType()
export class AffiliationInput {
  @Field(() => ID)
  @IsUUID()
  companyId: string;

  @Field()
  @IsString()
  @IsNotBlank()
  @MaxLength(120)
  role: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDay()
  startsOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDay()
  endsOn?: string;
}

@InputType()
export class VisibilityInput {
  @Field(() => Visibility, {
    nullable: true,
    description: 'Never shown to anonymous readers, whatever the setting',
  })
  @IsOptional()
  @IsEnum(Visibility)
  email?: Visibility;

  @Field(() => Visibility, {
    nullable: true,
    description: 'Never shown to anonymous readers, whatever the setting',
  })
  @IsOptional()
  @IsEnum(Visibility)
  phone?: Visibility;

  @Field(() => Visibility, { nullable: true, description: 'Website, showreel, filmography' })
  @IsOptional()
  @IsEnum(Visibility)
  links?: Visibility;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  availability?: Visibility;
}

/** Every field of a profile; on update, a field left out is kept, a list given replaces the old one. */
@InputType()
export class PersonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(80)
  firstName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(80)
  lastName?: string;

  @Field(() => [PersonKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(PersonKind, { each: true })
  kinds?: PersonKind[];

  @Field(() => TitleForm, {
    nullable: true,
    description: 'How job titles are written in French on the profile, in search and in exports',
  })
  @IsOptional()
  @IsEnum(TitleForm)
  titleForm?: TitleForm;

  @Field(() => [String], { nullable: true, description: 'Craft slugs from the taxonomy (query `crafts`)' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(SLUG, { each: true })
  @MaxLength(80, { each: true })
  crafts?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @MaxLength(60, { each: true })
  skills?: string[];

  @Field(() => [LanguageInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => LanguageInput)
  languages?: LanguageInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  headline?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  bioFr?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  bioEn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
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

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20000)
  mobilityKm?: number;

  @Field(() => String, { nullable: true, description: 'Site slug' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(80)
  site?: string;

  @Field(() => String, { nullable: true, description: 'School slug (students and alumni)' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(80)
  school?: string;

  @Field(() => String, { nullable: true, description: 'Programme slug' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(120)
  programme?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1950)
  @Max(2100)
  graduationYear?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  playingAgeMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  playingAgeMax?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(60, { each: true })
  accents?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @MaxLength(60, { each: true })
  specialSkills?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,24}$/, { message: 'phone must hold 6 to 24 digits, spaces, + ( ) . -' })
  phone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebLink()
  @MaxLength(255)
  website?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebLink()
  @MaxLength(255)
  showreelUrl?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebLink()
  @MaxLength(255)
  filmographyUrl?: string;

  @Field(() => [CreditInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CreditInput)
  credits?: CreditInput[];

  @Field(() => [AvailabilityInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityInput)
  availability?: AvailabilityInput[];

  @Field(() => [AffiliationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AffiliationInput)
  affiliations?: AffiliationInput[];

  @Field(() => VisibilityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VisibilityInput)
  visibility?: VisibilityInput;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  consentDirectory?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  consentBrochure?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'STAFF only' })
  @IsOptional()
  @IsBoolean()
  verified?: boolean;
}

@InputType()
export class PersonFilter extends PlaceFilter {
  @Field(() => [PersonKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(12)
  @IsEnum(PersonKind, { each: true })
  kinds?: PersonKind[];

  @Field(() => [String], { nullable: true, description: 'Craft slugs' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(SLUG, { each: true })
  @MaxLength(80, { each: true })
  crafts?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, { each: true })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'School slugs' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(SLUG, { each: true })
  schools?: string[];

  @Field(() => [String], { nullable: true, description: 'Programme slugs' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(SLUG, { each: true })
  programmes?: string[];
}

@ArgsType()
export class PeopleArgs extends ConnectionArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonFilter)
  filter?: PersonFilter;
}
