import { Public } from '@crossroads/auth';
import { AppError, Connection, ConnectionArgs, ConnectionShape } from '@crossroads/core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { SiteLookupArgs } from './dto/site-lookup.args';
import { Site } from './site.entity';
import { SiteService } from './site.service';

export const SiteConnection = Connection(Site);

@Resolver(() => Site)
export class SiteResolver {
  constructor(private readonly siteService: SiteService) {}

  @Public()
  @Query(() => SiteConnection, { description: 'The flagship sites, by name' })
  sites(@Args() args: ConnectionArgs): Promise<ConnectionShape<Site>> {
    return this.siteService.list(args);
  }

  @Public()
  @Query(() => Site, { description: 'One site, by id or slug' })
  site(@Args() args: SiteLookupArgs): Promise<Site> {
    if (!args.id === !args.slug) throw AppError.badInput('Give exactly one of id or slug');
    return this.siteService.findOne(args);
  }
}
