import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsISO8601, IsOptional, Matches } from 'class-validator';

const DATE = { strict: true } as const;
/** A calendar day only: ISO 8601 also admits times, which a `date` column would silently drop. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What staff correct on an edition's dates: each field left out keeps its value. Once set by staff, the dates are no
 * longer brought back to the sourced reference at boot.
 */
@InputType()
export class EditionDatesInput {
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DAY, { message: '$property must be a day, YYYY-MM-DD' })
  startsOn?: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD, inclusive' })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DAY, { message: '$property must be a day, YYYY-MM-DD' })
  endsOn?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null to clear' })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DAY, { message: '$property must be a day, YYYY-MM-DD' })
  marketStartsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive, or null to clear' })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DAY, { message: '$property must be a day, YYYY-MM-DD' })
  marketEndsOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False once the festival has published its dates' })
  @IsOptional()
  @IsBoolean()
  estimated?: boolean;
}
