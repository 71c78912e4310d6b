import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';

@ArgsType()
export class SiteLookupArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  @Matches(/^[a-z0-9-]+$/, { message: 'slug may hold only a-z, 0-9 and -' })
  slug?: string;
}
