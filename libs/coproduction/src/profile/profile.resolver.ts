import { CurrentUser, Public, Role, Roles, User } from '@crossroads/auth';
import { Company } from '@crossroads/directory';
import { FestivalEdition, FestivalLoaders } from '@crossroads/festivals';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CoproductionLoaders } from '../coproduction-loaders';
import { EditionAttendee } from '../matching/partner-match.types';
import { PartnerMatchingService } from '../matching/partner-matching.service';
import { CoproductionProfile } from './coproduction-profile.entity';
import { CoproductionProfileInput } from './dto/profile.inputs';
import { ProfileService } from './profile.service';

type Request = { req: object };

/** Adds `coproductionProfile` to Company, and the profile's own fields. */
@Resolver(() => Company)
export class CompanyProfileResolver {
  constructor(private readonly loaders: CoproductionLoaders) {}

  @ResolveField(() => CoproductionProfile, {
    nullable: true,
    description: 'What it seeks and offers as a co-producer',
  })
  coproductionProfile(
    @Parent() company: Company,
    @Context() { req }: Request,
  ): Promise<CoproductionProfile | null> {
    return this.loaders.for(req).profile.load(company.id);
  }
}

@Resolver(() => CoproductionProfile)
export class ProfileResolver {
  constructor(
    private readonly profileService: ProfileService,
    private readonly matching: PartnerMatchingService,
    private readonly festivalLoaders: FestivalLoaders,
  ) {}

  @Roles(Role.MEMBER)
  @Mutation(() => CoproductionProfile, {
    description: "Creates or updates a company's co-production profile: the company's members or STAFF",
  })
  updateCoproductionProfile(
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('input') input: CoproductionProfileInput,
    @CurrentUser() user: User,
  ): Promise<CoproductionProfile> {
    return this.profileService.upsert(companyId, input, user);
  }

  @Public()
  @Query(() => [EditionAttendee], {
    description: 'Companies with a co-production profile attending an edition',
  })
  editionAttendees(@Args('editionId', { type: () => ID }) editionId: string): Promise<EditionAttendee[]> {
    return this.matching.attendingCompanies(editionId);
  }

  @ResolveField(() => [FestivalEdition])
  async attendingEditions(
    @Parent() profile: CoproductionProfile,
    @Context() { req }: Request,
  ): Promise<FestivalEdition[]> {
    const editions = await this.festivalLoaders.for(req).edition.loadMany(profile.attendingEditionIds);
    return editions.filter((e): e is FestivalEdition => e instanceof FestivalEdition);
  }
}
