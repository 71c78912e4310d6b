import { Public } from '@crossroads/auth';
import { Site, SiteService } from '@crossroads/directory';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SearchType } from '../indexes/search-type.enum';
import { SearchInput } from './dto/search.input';
import { SearchHit, SearchNode, SearchResult } from './search-result.types';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(
    private readonly searchService: SearchService,
    private readonly sites: SiteService,
  ) {}

  @Public()
  @Query(() => SearchResult, {
    description: 'One federated search across people, companies, schools, sites…',
  })
  search(@Args('input') input: SearchInput): Promise<SearchResult> {
    return this.searchService.search(input);
  }

  @ResolveField(() => SearchNode, {
    nullable: true,
    description: 'The record itself (null if deleted since)',
  })
  async node(@Parent() hit: SearchHit): Promise<Site | null> {
    switch (hit.type) {
      case SearchType.SITE:
        return (await this.sites.findByIds([hit.id]))[0] ?? null;
      default:
        return null;
    }
  }
}
