import { Public } from '@crossroads/auth';
import { Project, ProjectService } from '@crossroads/coproduction';
import { Company, DirectoryLoaders, Person, School, Site } from '@crossroads/directory';
import { Festival, FestivalLoaders } from '@crossroads/festivals';
import { selectsField } from '@crossroads/core';
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
  search(@Args('input') input: SearchInput, @Info() info: GraphQLResolveInfo): Promise<SearchResult> {
    return this.searchService.search(input, {
      facets: selectsField(info, 'facets'),
      hits: selectsField(info, 'hits') || selectsField(info, 'pageInfo'),
    });
  }

  @Public()
  @Query(() => [SearchHit], { description: 'Search-as-you-type' })
  suggest(@Args() { prefix, types, limit }: SuggestArgs): Promise<SearchHit[]> {
    return this.searchService.suggest(prefix, types, limit ?? 8);
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

  @ResolveField(() => Boolean, { description: 'Whether the record is demo data (shown with a demo badge)' })
  async isDemo(@Parent() hit: SearchHit, @Context() context: { req: object }): Promise<boolean> {
    // From the index: a page of hits reads no record for its badges. A document indexed before documents
    // carried the flag (until the next reindex after an upgrade) falls back to the record.
    if (hit.isDemo !== undefined) return hit.isDemo;
    const node = await this.node(hit, context);
    return node !== null && 'isDemo' in node && node.isDemo === true;
  }
}
