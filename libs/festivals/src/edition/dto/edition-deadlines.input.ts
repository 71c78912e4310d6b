import { IsDay, IsWebLink } from '@crossroads/core';
import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';

/** What staff maintain on an edition: its deadlines (its dates: EditionDatesInput). */
@InputType()
export class EditionDeadlinesInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null to clear' })
  @IsOptional()
  @IsDay()
  accreditationDeadline?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null to clear' })
  @IsOptional()
  @IsDay()
  submissionDeadline?: string | null;

  @Field(() => String, { nullable: true, description: 'Where staff read the deadlines (URL)' })
  @IsOptional()
  @MaxLength(500)
  @IsWebLink()
  deadlinesSource?: string | null;
}
