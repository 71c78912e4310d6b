import { CurrentUser, Public, User, viewerOf } from '@crossroads/auth';
import {
  Connection,
  ConnectionArgs,
  ConnectionShape,
  firstItems,
  NestedListArgs,
  LookupArgs,
} from '@crossroads/core';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Company } from '../company/company.entity';
import { DirectoryLoaders } from '../loaders/directory-loaders';
import { School } from '../school/school.entity';
import { PersonKind } from '../shared/directory.enums';
import { Site } from './site.entity';
import { SiteService } from './site.service';

export const SiteConnection = Connection(Site);

@Resolver(() => Site)
export class SiteResolver {
  constructor(
    private readonly siteService: SiteService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Public()
  @Query(() => SiteConnection, { description: 'The flagship sites, by name' })
  sites(@Args() args: ConnectionArgs): Promise<ConnectionShape<Site>> {
    return this.siteService.list(args);
  }

  @Public()
  @Query(() => Site, { description: 'One site, by id or slug' })
  site(@Args() args: LookupArgs): Promise<Site> {
    return this.siteService.findOne(args);
  }

  @ResolveField(() => [Company], { description: 'Tenant companies' })
  async companies(
    @Parent() site: Site,
    @Context() { req }: { req: object },
    @Args() list: NestedListArgs,
  ): Promise<Company[]> {
    return firstItems(await this.loaders.for(req).companiesOfSite.load(site.id), list);
  }

  @ResolveField(() => [School], { description: 'Tenant schools' })
  async schools(
    @Parent() site: Site,
    @Context() { req }: { req: object },
    @Args() list: NestedListArgs,
  ): Promise<School[]> {
    return firstItems(await this.loaders.for(req).schoolsOfSite.load(site.id), list);
  }

  @ResolveField(() => Int, {
    description:
      'People of the site (their own site, their school or programme, their current company), of any of these kinds',
  })
  peopleCount(
    @Parent() site: Site,
    @Context() { req }: { req: object },
    @Args('kinds', { type: () => [PersonKind], nullable: true }) kinds?: PersonKind[],
    @CurrentUser() user?: User,
  ): Promise<number> {
    return this.countPeople(site, req, kinds, user, false);
  }

  @ResolveField(() => Int, { description: 'Of peopleCount, how many are demo people' })
  demoPeopleCount(
    @Parent() site: Site,
    @Context() { req }: { req: object },
    @Args('kinds', { type: () => [PersonKind], nullable: true }) kinds?: PersonKind[],
    @CurrentUser() user?: User,
  ): Promise<number> {
    return this.countPeople(site, req, kinds, user, true);
  }

  /** An anonymous reader counts only people who consented to the directory. */
  private countPeople(
    site: Site,
    req: object,
    kinds: PersonKind[] | undefined,
    user: User | undefined,
    demoOnly: boolean,
  ): Promise<number> {
    const anonymous = viewerOf(user).level === 'ANONYMOUS';
    return this.loaders
      .for(req)
      .peopleCountOfSite([...new Set(kinds ?? [])], anonymous, demoOnly)
      .load(site.id);
  }
}
