import { AuthModule } from '@crossroads/auth';
import { DirectoryModule } from '@crossroads/directory';
import { FestivalsModule } from '@crossroads/festivals';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectAccess } from './access/project-access';
import { CoproductionLoaders } from './coproduction-loaders';
import { Introduction, IntroductionEvent } from './introduction/introduction.entity';
import { IntroductionResolver } from './introduction/introduction.resolver';
import { IntroductionService } from './introduction/introduction.service';
import { MatchingResolver } from './matching/matching.resolver';
import {
  MatchReasonResolver,
  PartnerMatchMissingResolver,
  ProjectMatchMissingResolver,
} from './matching/match-reason.resolver';
import { PartnerMatchingService } from './matching/partner-matching.service';
import { PartnerProfilesCache } from './matching/partner-profiles.cache';
import { CoproductionPersonalData } from './personal-data/coproduction-personal-data';
import { CoproductionProfile } from './profile/coproduction-profile.entity';
import { CompanyProfileResolver, ProfileResolver } from './profile/profile.resolver';
import { ProfileService } from './profile/profile.service';
import { Project, ProjectTeamMember } from './project/project.entity';
import { ProjectResolver } from './project/project.resolver';
import { ProjectBulkWriter } from './project/project.bulk-writer';
import { ProjectService } from './project/project.service';
import { NewPartnersJob } from './matching/new-partners.job';

export const COPRODUCTION_ENTITIES = [
  Project,
  ProjectTeamMember,
  CoproductionProfile,
  Introduction,
  IntroductionEvent,
];

/** Co-production projects, company profiles, explained partner matching and introductions. */
@Module({
  imports: [AuthModule, DirectoryModule, FestivalsModule, TypeOrmModule.forFeature(COPRODUCTION_ENTITIES)],
  providers: [
    NewPartnersJob,
    ProjectAccess,
    CoproductionLoaders,
    ProjectService,
    ProjectBulkWriter,
    ProjectResolver,
    ProfileService,
    ProfileResolver,
    CompanyProfileResolver,
    PartnerProfilesCache,
    PartnerMatchingService,
    MatchingResolver,
    MatchReasonResolver,
    PartnerMatchMissingResolver,
    ProjectMatchMissingResolver,
    IntroductionService,
    IntroductionResolver,
    CoproductionPersonalData,
  ],
  exports: [
    ProjectService,
    ProjectBulkWriter,
    ProfileService,
    PartnerMatchingService,
    IntroductionService,
    ProjectAccess,
    CoproductionLoaders,
  ],
})
export class CoproductionModule {}
