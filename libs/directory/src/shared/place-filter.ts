import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';

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
