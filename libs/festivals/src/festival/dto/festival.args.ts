import { ConnectionArgs } from '@crossroads/core';
import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional } from 'class-validator';
import { FestivalKind } from '../../shared/festival-kind.enum';

@ArgsType()
export class FestivalsArgs extends ConnectionArgs {
  @Field(() => [FestivalKind], { nullable: true, description: 'Festivals with any of these kinds' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(FestivalKind, { each: true })
  kinds?: FestivalKind[];
}
