import { PartnerMatch, Project } from '@crossroads/coproduction';
import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const MAX_MEETINGS = 20;

@ObjectType({
  description:
    'A delegation project and the attending partner companies worth asking a meeting of, best first',
})
export class MeetingSuggestion {
  @Field(() => ID)
  delegationId: string;

  @Field(() => ID, { description: 'The project’s membership of the delegation' })
  memberId: string;

  @Field(() => Project)
  project: Project;

  @Field(() => [PartnerMatch], {
    description: 'Partner matches restricted to companies attending the edition',
  })
  meetings: PartnerMatch[];
}

@ArgsType()
export class MeetingSuggestionsArgs {
  @Field(() => ID)
  @IsUUID()
  editionId: string;

  @Field(() => Int, { nullable: true, description: `Meetings per project, 1 to ${MAX_MEETINGS}, default 10` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MEETINGS)
  first?: number;
}
