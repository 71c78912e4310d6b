import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class PartnerMatchesArgs {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field(() => ID, { nullable: true, description: 'A festival edition: favours partners attending it' })
  @IsOptional()
  @IsUUID()
  editionId?: string;

  @Field(() => Int, { nullable: true, description: '1 to 100, 20 by default' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}

@ArgsType()
export class ProjectMatchesArgs {
  @Field(() => ID)
  @IsUUID()
  companyId: string;

  @Field(() => Int, { nullable: true, description: '1 to 100, 20 by default' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}
