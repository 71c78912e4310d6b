import { isCurrentVerified } from '../membership/membership.rule';
import { CurrentUser, Public, Role, Roles, User, viewerOf } from '@crossroads/auth';
import {
  Connection,
  ConnectionShape,
  firstItems,
  NestedListArgs,
  UuidPipe,
  LookupArgs,
} from '@crossroads/core';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryLoaders } from '../loaders/directory-loaders';
import { Person } from '../person/person.entity';
import { canList } from '../person/person-visibility';
import { Site } from '../site/site.entity';
import { Company } from './company.entity';
import { CompanyService } from './company.service';
import { CompaniesArgs, CompanyInput } from './dto/company.inputs';

export const CompanyConnection = Connection(Company);

type Request = { req: object };

@Resolver(() => Company)
export class CompanyResolver {
  constructor(
    private readonly companyService: CompanyService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Public()
  @Query(() => CompanyConnection, { description: 'Companies, by name' })
  companies(@Args() args: CompaniesArgs): Promise<ConnectionShape<Company>> {
    return this.companyService.list(args);
  }

  @Public()
  @Query(() => Company)
  company(@Args() lookup: LookupArgs): Promise<Company> {
    return this.companyService.findOne(lookup);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Company, { description: 'STAFF' })
  createCompany(@Args('input') input: CompanyInput): Promise<Company> {
    return this.companyService.create(input);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Company, { description: 'STAFF' })
  updateCompany(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: CompanyInput,
  ): Promise<Company> {
    return this.companyService.update(id, input);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'STAFF' })
  deleteCompany(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.companyService.remove(id);
  }

  @ResolveField(() => Site, { nullable: true })
  site(@Parent() company: Company, @Context() { req }: Request): Promise<Site | null> | null {
    return company.siteId ? this.loaders.for(req).site.load(company.siteId) : null;
  }

  @ResolveField(() => [Person], {
    description: 'Current verified members of the company, as the viewer may see them',
  })
  async people(
    @Parent() company: Company,
    @Context() { req }: Request,
    @Args() list: NestedListArgs,
    @CurrentUser() user?: User,
  ): Promise<Person[]> {
    const loaders = this.loaders.for(req);
    const affiliations = (await loaders.affiliationsOfCompany.load(company.id)).filter((a) =>
      isCurrentVerified(a),
    );
    const people = await loaders.person.loadMany([...new Set(affiliations.map((a) => a.personId))]);
    const viewer = viewerOf(user);
    return firstItems(
      people.filter((p): p is Person => p instanceof Person && canList(viewer, p)),
      list,
    );
  }
}
