import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ArgsType()
export class DeadlinesArgs {
  @Field(() => Int, { nullable: true, description: 'How many days ahead, 1 to 730 (365 by default)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  withinDays?: number;
}
