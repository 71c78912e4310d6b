import { Public } from '@crossroads/auth';
import { Connection, ConnectionArgs, ConnectionShape, firstItems, NestedListArgs } from '@crossroads/core';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Company } from '../company/company.entity';
import { DirectoryLoaders } from '../loaders/directory-loaders';
import { School } from '../school/school.entity';
import { LookupArgs } from '../shared/lookup';
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
}
