import { IsWebLink } from '@crossroads/core';
import { Field, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, Matches, MaxLength } from 'class-validator';

const DATE = { strict: true } as const;
/** A calendar day only: ISO 8601 also admits times, which a `date` column would silently drop. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What staff maintain on an edition: its deadlines (its dates: EditionDatesInput). */
@InputType()
export class EditionDeadlinesInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null to clear' })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DAY, { message: '$property must be a day, YYYY-MM-DD' })
  accreditationDeadline?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null to clear' })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DAY, { message: '$property must be a day, YYYY-MM-DD' })
  submissionDeadline?: string | null;

  @Field(() => String, { nullable: true, description: 'Where staff read the deadlines (URL)' })
  @IsOptional()
  @MaxLength(500)
  @IsWebLink()
  deadlinesSource?: string | null;
}
