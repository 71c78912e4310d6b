import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A public fund or incentive, as the sources state it (FACTS.md §4)' })
export class Fund {
  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  operator: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; null for European funds' })
  country: string | null;

  @Field({ description: 'REGIONAL, NATIONAL, EUROPEAN, FOREIGN_REGIONAL or TAX_INCENTIVE' })
  scope: string;

  @Field(() => [String], { description: 'Project formats it supports; empty = all' })
  formats: string[];

  @Field()
  summaryEn: string;

  @Field()
  summaryFr: string;

  @Field(() => [String], { description: 'Countries that must each bring a partner' })
  requiresPartnerCountries: string[];

  @Field(() => [String], {
    description:
      "Regions that must each bring a partner, when narrower than the countries (e.g. FR-HDF and BE-WAL); 'BE-FWB' is the French Community of Belgium",
  })
  requiresPartnerRegions: string[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of the financing that must be confirmed when applying (0.5 = 50%); null when none is stated',
  })
  financingConfirmedMin: number | null;

  @Field({ description: 'False when a detail could not be confirmed from the sources' })
  verified: boolean;

  @Field(() => [String])
  sources: string[];
}
