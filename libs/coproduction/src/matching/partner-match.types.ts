import { Company } from '@crossroads/directory';
import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Project } from '../project/project.entity';
import { CoproductionProfile } from '../profile/coproduction-profile.entity';

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
  weight: number;

  @Field(() => Float, { description: 'Maximum points of this criterion in this score' })
  max: number;

  @Field({ description: 'Human-readable explanation (English)' })
  detail: string;
}

@ObjectType({ description: 'A company ranked as a partner for a project' })
export class PartnerMatch {
  @Field(() => Company)
  company: Company;

  @Field(() => Int, { description: '0 to 100' })
  score: number;

  @Field(() => [MatchReason])
  reasons: MatchReason[];

  @Field(() => [String], { description: 'Data that would change the score if it were known' })
  missing: string[];
}

@ObjectType({ description: 'A project ranked for a company looking for projects' })
export class ProjectMatch {
  @Field(() => Project)
  project: Project;

  @Field(() => Int)
  score: number;

  @Field(() => [MatchReason])
  reasons: MatchReason[];

  @Field(() => [String])
  missing: string[];
}

@ObjectType({ description: 'A company attending a festival edition, with its co-production profile' })
export class EditionAttendee {
  @Field(() => Company)
  company: Company;

  @Field(() => CoproductionProfile)
  profile: CoproductionProfile;
}
