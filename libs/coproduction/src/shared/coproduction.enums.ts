import { registerEnumType } from '@nestjs/graphql';

/** The formats a co-production project can take (the reference data's PROJECT_FORMATS). */
export enum ProjectFormat {
  FEATURE_FILM = 'FEATURE_FILM',
  SHORT_FILM = 'SHORT_FILM',
  TV_FILM = 'TV_FILM',
  ANIMATED_SERIES = 'ANIMATED_SERIES',
  TV_SERIES = 'TV_SERIES',
  DOCUMENTARY = 'DOCUMENTARY',
  VIDEO_ART = 'VIDEO_ART',
  TRANSMEDIA = 'TRANSMEDIA',
  VIDEO_GAME = 'VIDEO_GAME',
  XR = 'XR',
}

export enum ProjectStage {
  WRITING = 'WRITING',
  DEVELOPMENT = 'DEVELOPMENT',
  FINANCING = 'FINANCING',
  PRE_PRODUCTION = 'PRE_PRODUCTION',
  PRODUCTION = 'PRODUCTION',
  POST_PRODUCTION = 'POST_PRODUCTION',
}

/** Who sees a project: its team and STAFF only, every signed-in member, or everyone (and search). */
export enum ProjectVisibility {
  PRIVATE = 'PRIVATE',
  MEMBERS = 'MEMBERS',
  PUBLIC = 'PUBLIC',
}

export enum PartnerRole {
  MAJORITY_COPRODUCER = 'MAJORITY_COPRODUCER',
  MINORITY_COPRODUCER = 'MINORITY_COPRODUCER',
  DISTRIBUTOR = 'DISTRIBUTOR',
  SALES_AGENT = 'SALES_AGENT',
  BROADCASTER = 'BROADCASTER',
  SERVICE_VFX = 'SERVICE_VFX',
  SERVICE_ANIMATION = 'SERVICE_ANIMATION',
  PUBLISHER = 'PUBLISHER',
}

export enum FundStatus {
  APPLIED = 'APPLIED',
  OBTAINED = 'OBTAINED',
}

export enum IntroductionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

registerEnumType(ProjectFormat, { name: 'ProjectFormat' });
registerEnumType(ProjectStage, { name: 'ProjectStage' });
registerEnumType(ProjectVisibility, {
  name: 'ProjectVisibility',
  description: 'PRIVATE: team and STAFF only; MEMBERS: signed-in members; PUBLIC: everyone, and search',
});
registerEnumType(PartnerRole, { name: 'PartnerRole' });
registerEnumType(FundStatus, { name: 'FundStatus' });
registerEnumType(IntroductionStatus, { name: 'IntroductionStatus' });
