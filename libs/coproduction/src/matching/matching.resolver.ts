import { CurrentUser, Role, Roles, User } from '@crossroads/auth';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { PartnerMatchesArgs, ProjectMatchesArgs } from './dto/matching.args';
import { PartnerMatch, ProjectMatch } from './partner-match.types';
import { PartnerMatchingService } from './partner-matching.service';

const DEFAULT_FIRST = 20;

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: PartnerMatchingService) {}

  @Roles(Role.MEMBER)
  @Query(() => [PartnerMatch], {
    description:
      'Partner companies ranked for a project the viewer may see, with the reasons of each score; with an edition, those attending it rank higher',
  })
  partnerMatches(@Args() args: PartnerMatchesArgs, @CurrentUser() user: User): Promise<PartnerMatch[]> {
    return this.matching.partnerMatches(
      args.projectId,
      args.editionId ?? null,
      args.first ?? DEFAULT_FIRST,
      user,
    );
  }

  @Roles(Role.MEMBER)
  @Query(() => [ProjectMatch], {
    description: 'Projects the viewer may see ranked for a company looking for projects (its own left out)',
  })
  projectMatches(@Args() args: ProjectMatchesArgs, @CurrentUser() user: User): Promise<ProjectMatch[]> {
    return this.matching.projectMatches(args.companyId, args.first ?? DEFAULT_FIRST, user);
  }
}
