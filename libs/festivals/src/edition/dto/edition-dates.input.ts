import { Field, InputType } from '@nestjs/graphql';
import { IsDay } from '@crossroads/core';
import { IsBoolean, IsOptional } from 'class-validator';

/**
 * What staff correct on an edition's dates: each field left out keeps its value. Once set by staff, the dates are no
 * longer brought back to the sourced reference at boot.
 */
@InputType()
export class EditionDatesInput {
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD' })
  @IsOptional()
  @IsDay()
  startsOn?: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD, inclusive' })
  @IsOptional()
  @IsDay()
  endsOn?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null to clear' })
  @IsOptional()
  @IsDay()
  marketStartsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive, or null to clear' })
  @IsOptional()
  @IsDay()
  marketEndsOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False once the festival has published its dates' })
  @IsOptional()
  @IsBoolean()
  estimated?: boolean;
}
