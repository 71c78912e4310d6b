import { IsWebLink } from '@crossroads/core';
import { Field, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, MaxLength } from 'class-validator';

const DATE = { strict: true } as const;

/** What staff maintain on an edition: its deadlines (the dates themselves come from the sourced reference). */
@InputType()
export class EditionDeadlinesInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null to clear' })
  @IsOptional()
  @IsISO8601(DATE)
  accreditationDeadline?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null to clear' })
  @IsOptional()
  @IsISO8601(DATE)
  submissionDeadline?: string | null;

  @Field(() => String, { nullable: true, description: 'Where staff read the deadlines (URL)' })
  @IsOptional()
  @MaxLength(500)
  @IsWebLink()
  deadlinesSource?: string | null;
}
