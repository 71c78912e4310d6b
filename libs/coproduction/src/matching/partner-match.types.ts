import { Company } from '@crossroads/directory';
import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Project } from '../project/project.entity';
import { CoproductionProfile } from '../profile/coproduction-profile.entity';
import { ReasonParamsScalar } from './reason-params.scalar';
import type { ReasonCode } from './reason-code';

export enum MatchCriterion {
  FORMAT = 'FORMAT',
  GENRES = 'GENRES',
  BUDGET = 'BUDGET',
  ROLES = 'ROLES',
  LANGUAGE = 'LANGUAGE',
  COUNTRY = 'COUNTRY',
  TRACK_RECORD = 'TRACK_RECORD',
  READINESS = 'READINESS',
  ATTENDANCE = 'ATTENDANCE',
  AVAILABILITY = 'AVAILABILITY',
}

registerEnumType(MatchCriterion, { name: 'MatchCriterion' });

@ObjectType({ description: 'One criterion of a match: the points earned out of its maximum, and why' })
export class MatchReason {
  @Field(() => MatchCriterion)
  criterion: MatchCriterion;

  @Field(() => Float, { description: 'Points earned (0..max)' })
  points: number;

  @Field(() => Float, { description: 'Maximum points of this criterion in this score' })
  max: number;

  @Field({
    description: 'Human-readable explanation in English; prefer `text` (any language) or `code` and `params`',
    deprecationReason: 'Use text (in the language asked) or code and params',
  })
  detail: string;

  @Field({
    description:
      'Stable code of the reason, e.g. FORMAT_MATCH, COUNTRY_TREATY, FORUM_NOT_READY (docs/API.md)',
  })
  code: string;

  @Field(() => ReasonParamsScalar, { description: 'The values the sentence is made of' })
  params: ReasonCode['params'];
}

@ObjectType({ description: 'A company ranked as a partner for a project' })
export class PartnerMatch {
  @Field(() => Company)
  company: Company;

  @Field(() => Int, { description: '0 to 100' })
  score: number;

  @Field(() => [MatchReason])
  reasons: MatchReason[];

  @Field(() => [String], {
    description:
      'Data that would change the score if it were known, in the language asked (see missingCodes)',
  })
  missing: string[];

  @Field(() => [String], {
    description: 'The same as codes: PROJECT_BUDGET, PARTNER_BUDGET, PARTNER_ATTENDANCE…',
  })
  missingCodes: string[];
}

@ObjectType({ description: 'A project ranked for a company looking for projects' })
export class ProjectMatch {
  @Field(() => Project)
  project: Project;

  @Field(() => Int)
  score: number;

  @Field(() => [MatchReason])
  reasons: MatchReason[];

  @Field(() => [String], { description: 'Data that would change the score, in the language asked' })
  missing: string[];

  @Field(() => [String])
  missingCodes: string[];
}

@ObjectType({ description: 'A company attending a festival edition, with its co-production profile' })
export class EditionAttendee {
  @Field(() => Company)
  company: Company;

  @Field(() => CoproductionProfile)
  profile: CoproductionProfile;
}
