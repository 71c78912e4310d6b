import { Public } from '@crossroads/auth';
import { Project, ProjectService } from '@crossroads/coproduction';
import { Company, DirectoryLoaders, Person, School, Site } from '@crossroads/directory';
import { Festival, FestivalLoaders } from '@crossroads/festivals';
import { contentLanguage, NegotiatingRequest, selectsField } from '@crossroads/core';
import {
  Args,
  ArgsType,
  Context,
  Field,
  Info,
  Int,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SearchType } from '../indexes/search-type.enum';
import { SearchInput } from './dto/search.input';
import { SearchHit, SearchNode, SearchResult } from './search-result.types';
import { SearchService } from './search.service';

@ArgsType()
class SuggestArgs {
  @Field()
  @IsString()
  @MaxLength(100)
  prefix: string;

  @Field(() => [SearchType], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(SearchType, { each: true })
  types?: SearchType[];

  @Field(() => Int, { nullable: true, description: '1 to 20, 8 by default' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  limit?: number;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(
    private readonly searchService: SearchService,
    private readonly loaders: DirectoryLoaders,
    private readonly projects: ProjectService,
    private readonly festivalLoaders: FestivalLoaders,
  ) {}

  @Public()
  @Query(() => SearchResult, {
    description:
      'One federated search across people, companies, schools, sites, public projects and festivals',
  })
  async search(
    @Args('input') input: SearchInput,
    @Info() info: GraphQLResolveInfo,
    @Context() context: { req: NegotiatingRequest },
  ): Promise<SearchResult> {
    const result = await this.searchService.search(input, {
      facets: selectsField(info, 'facets'),
      hits: selectsField(info, 'hits') || selectsField(info, 'pageInfo'),
      lang: contentLanguage(context.req),
    });
    await this.readMissingDemoFlags(result.hits, context);
    return result;
  }

  @Public()
  @Query(() => [SearchHit], { description: 'Search-as-you-type' })
  async suggest(
    @Args() { prefix, types, limit }: SuggestArgs,
    @Context() context: { req: NegotiatingRequest },
  ): Promise<SearchHit[]> {
    const hits = await this.searchService.suggest(prefix, types, limit ?? 8, contentLanguage(context.req));
    await this.readMissingDemoFlags(hits, context);
    return hits;
  }

  /**
   * A hit's demo flag comes from its indexed document, so a page of hits reads no record for its badges. A document
   * indexed before documents carried the flag (until the reindex after an upgrade) has none: its record tells.
   */
  private async readMissingDemoFlags(hits: SearchHit[], context: { req: object }): Promise<void> {
    await Promise.all(
      hits
        .filter((hit) => hit.isDemo === undefined)
        .map(async (hit) => {
          const node = await this.node(hit, context);
          hit.isDemo = node !== null && 'isDemo' in node && node.isDemo === true;
        }),
    );
  }

  @ResolveField(() => SearchNode, {
    nullable: true,
    description: 'The record itself (null if deleted since)',
  })
  async node(
    @Parent() hit: SearchHit,
    @Context() { req }: { req: object },
  ): Promise<Person | Company | School | Site | Project | Festival | null> {
    const loaders = this.loaders.for(req);
    switch (hit.type) {
      case SearchType.PERSON: {
        const person = await loaders.person.load(hit.id);
        return person?.consentDirectory ? person : null;
      }
      case SearchType.COMPANY:
        return loaders.company.load(hit.id);
      case SearchType.SCHOOL:
        return loaders.school.load(hit.id);
      case SearchType.SITE:
        return loaders.site.load(hit.id);
      case SearchType.PROJECT:
        // Read as an anonymous viewer: a hit never exposes a project that stopped being public.
        return this.projects.findOne({ id: hit.id }, null).catch(() => null);
      case SearchType.FESTIVAL:
        return this.festivalLoaders.for(req).festival.load(hit.id);
      default:
        return null;
    }
  }
}
