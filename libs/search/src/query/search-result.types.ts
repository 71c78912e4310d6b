import { PageInfo } from '@crossroads/core';
import { Project } from '@crossroads/coproduction';
import { Company, Person, School, Site } from '@crossroads/directory';
import { Festival } from '@crossroads/festivals';
import { createUnionType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SearchType } from '../indexes/search-type.enum';

export const SearchNode = createUnionType({
  name: 'SearchNode',
  description: 'The record a search hit points to',
  types: () => [Person, Company, School, Site, Project, Festival] as const,
  resolveType: (node: object) =>
    node instanceof Person
      ? Person
      : node instanceof Company
        ? Company
        : node instanceof School
          ? School
          : node instanceof Project
            ? Project
            : node instanceof Festival
              ? Festival
              : Site,
});

@ObjectType()
export class SearchHit {
  @Field(() => SearchType)
  type: SearchType;

  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  subtitle: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matched words wrapped in <mark></mark>; other HTML is escaped',
  })
  highlight: string | null;

  @Field(() => Float, { description: 'Relevance from 0 to 1' })
  score: number;

  @Field(() => Float, { nullable: true, description: 'Distance from `near`, in km' })
  distanceKm: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Latitude of the indexed point, when the record has one',
  })
  lat: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Longitude of the indexed point, when the record has one',
  })
  lng: number | null;

  /** From the indexed document; SearchResolver reads the record for a document indexed before documents carried it. */
  @Field(() => Boolean, { description: 'Whether the record is demo data (shown with a demo badge)' })
  isDemo?: boolean;
}

@ObjectType()
export class FacetValue {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class Facet {
  @Field()
  name: string;

  @Field(() => [FacetValue])
  values: FacetValue[];
}

@ObjectType()
export class SearchResult {
  @Field(() => Int)
  totalHits: number;

  @Field(() => Int)
  processingTimeMs: number;

  @Field(() => [SearchHit])
  hits: SearchHit[];

  @Field(() => [Facet])
  facets: Facet[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
