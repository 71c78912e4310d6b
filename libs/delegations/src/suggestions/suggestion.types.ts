import { ReasonParamsScalar, type ReasonCode } from '@crossroads/coproduction';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DelegationAudience, MemberKind } from '../delegation/delegation.enums';
import type { SuggestionCriterionName } from './suggestion-scorer';

export enum SuggestionCriterion {
  FORMAT = 'FORMAT',
  KIND = 'KIND',
  CRAFT = 'CRAFT',
  PROGRAMME = 'PROGRAMME',
  GRADUATION = 'GRADUATION',
  REGION = 'REGION',
  TRACK_RECORD = 'TRACK_RECORD',
  TARGET = 'TARGET',
  STAGE = 'STAGE',
}

registerEnumType(SuggestionCriterion, { name: 'DelegationSuggestionCriterion' });

export const MAX_SUGGESTIONS = 50;

@ObjectType('DelegationSuggestionReason')
export class SuggestionReason {
  @Field(() => SuggestionCriterion)
  criterion: SuggestionCriterionName;

  @Field(() => Int, { description: 'Points this reason earned toward the score' })
  points: number;

  @Field({
    description: 'In English; prefer `text` (any language) or `code` and `params`',
    deprecationReason: 'Use text (in the language asked) or code and params',
  })
  detail: string;

  @Field({ description: 'Stable code of the reason, e.g. COMPANY_FORMATS, PROJECT_TARGET (docs/API.md)' })
  code: string;

  @Field(() => ReasonParamsScalar, { description: 'The values the sentence is made of' })
  params: ReasonCode['params'];
}

@ObjectType({ description: 'A member worth proposing, with why' })
export class DelegationSuggestion {
  @Field(() => MemberKind)
  kind: MemberKind;

  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '0–100' })
  score: number;

  @Field(() => [SuggestionReason])
  reasons: SuggestionReason[];
}

@ArgsType()
export class DelegationSuggestionsArgs {
  @Field(() => ID)
  @IsUUID()
  editionId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Leave out its members and use its audience (it must be a delegation to this edition)',
  })
  @IsOptional()
  @IsUUID()
  delegationId?: string;

  @Field(() => DelegationAudience, {
    nullable: true,
    description: 'Default: the delegation’s, else PROFESSIONALS',
  })
  @IsOptional()
  @IsEnum(DelegationAudience)
  audience?: DelegationAudience;

  @Field(() => [MemberKind], { nullable: true, description: 'Default: every kind' })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(MemberKind, { each: true })
  kinds?: MemberKind[];

  @Field(() => Int, { nullable: true, description: `1 to ${MAX_SUGGESTIONS}, default 20` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SUGGESTIONS)
  first?: number;
}
