import { ConnectionArgs, IsDay } from '@crossroads/core';
import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { FestivalKind } from '../../shared/festival-kind.enum';

@ArgsType()
export class CalendarArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Only editions that have not ended yet (today included)' })
  @IsOptional()
  @IsBoolean()
  upcoming?: boolean;

  @Field({
    nullable: true,
    description: 'Only editions that have ended (the history), the most recent first; not with upcoming',
  })
  @IsOptional()
  @IsBoolean()
  past?: boolean;

  @Field({ nullable: true, description: 'YYYY-MM-DD: editions still running on or after this day' })
  @IsOptional()
  @IsDay()
  from?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD: editions starting on or before this day' })
  @IsOptional()
  @IsDay()
  to?: string;

  @Field(() => [FestivalKind], {
    nullable: true,
    description: 'Editions of festivals with any of these kinds',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(FestivalKind, { each: true })
  kinds?: FestivalKind[];
}
