import { AuthModule } from '@crossroads/auth';
import { CoproductionModule } from '@crossroads/coproduction';
import { DirectoryModule } from '@crossroads/directory';
import { FestivalsModule } from '@crossroads/festivals';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DashboardResolver } from './dashboard/dashboard.resolver';
import { DashboardService } from './dashboard/dashboard.service';
import { Delegation } from './delegation/delegation.entity';
import { DelegationResolver } from './delegation/delegation.resolver';
import { DelegationService } from './delegation/delegation.service';
import { DelegationLoaders } from './delegation-loaders';
import { BrochureRoster } from './export/brochure-roster';
import { DelegationExportController } from './export/delegation-export.controller';
import { DelegationEvent } from './history/delegation-event.entity';
import { DelegationEventResolver } from './history/delegation-event.resolver';
import { DelegationHistory } from './history/delegation-history';
import { MeetingResolver } from './meetings/meeting.resolver';
import { MeetingService } from './meetings/meeting.service';
import { InvitationResolver } from './invitation/invitation.resolver';
import { InvitationService } from './invitation/invitation.service';
import { DelegationMember } from './member/delegation-member.entity';
import { MemberResolver } from './member/member.resolver';
import { MemberService } from './member/member.service';
import { ProjectLookup } from './member/project-lookup';
import { DelegationPersonalData } from './personal-data/delegation-personal-data';
import { SuggestionResolver } from './suggestions/suggestion.resolver';
import { SuggestionReasonResolver } from './suggestions/suggestion-reason.resolver';
import { SuggestionService } from './suggestions/suggestion.service';
import { BrochureRemindersJob } from './member/brochure-reminders.job';

export const DELEGATION_ENTITIES = [Delegation, DelegationMember, DelegationEvent];

/** The agency's festival delegations: members and their workflow, invitations, suggestions, exports. */
@Module({
  imports: [
    AuthModule,
    DirectoryModule,
    FestivalsModule,
    CoproductionModule,
    TypeOrmModule.forFeature(DELEGATION_ENTITIES),
  ],
  controllers: [DelegationExportController],
  providers: [
    BrochureRemindersJob,
    DelegationLoaders,
    DelegationHistory,
    DelegationService,
    DelegationResolver,
    DelegationEventResolver,
    ProjectLookup,
    MemberService,
    MemberResolver,
    InvitationService,
    InvitationResolver,
    SuggestionService,
    SuggestionResolver,
    SuggestionReasonResolver,
    MeetingService,
    MeetingResolver,
    BrochureRoster,
    DelegationPersonalData,
    DashboardService,
    DashboardResolver,
  ],
})
export class DelegationsModule {}
