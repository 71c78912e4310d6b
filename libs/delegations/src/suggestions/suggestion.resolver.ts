import { CurrentUser, Role, Roles, User } from '@crossroads/auth';
import { Project } from '@crossroads/coproduction';
import { Company, DirectoryLoaders, Person } from '@crossroads/directory';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MemberKind } from '../delegation/delegation.enums';
import { DelegationLoaders } from '../delegation-loaders';
import { SuggestionService } from './suggestion.service';
import { DelegationSuggestion, DelegationSuggestionsArgs } from './suggestion.types';

type Request = { req: object };

@Resolver(() => DelegationSuggestion)
export class SuggestionResolver {
  constructor(
    private readonly suggestions: SuggestionService,
    private readonly directoryLoaders: DirectoryLoaders,
    private readonly loaders: DelegationLoaders,
  ) {}

  @Roles(Role.STAFF)
  @Query(() => [DelegationSuggestion], {
    description:
      "STAFF: companies and people of the region that fit the edition's festival, best first, explained",
  })
  delegationSuggestions(
    @Args() args: DelegationSuggestionsArgs,
    @CurrentUser() user: User,
  ): Promise<DelegationSuggestion[]> {
    return this.suggestions.suggest(args, user);
  }

  @ResolveField(() => Project, { nullable: true })
  project(
    @Parent() suggestion: DelegationSuggestion,
    @Context() { req }: Request,
  ): Promise<Project | null> | null {
    return suggestion.kind === MemberKind.PROJECT ? this.loaders.for(req).project.load(suggestion.id) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  person(
    @Parent() suggestion: DelegationSuggestion,
    @Context() { req }: Request,
  ): Promise<Person | null> | null {
    return suggestion.kind === MemberKind.PERSON
      ? this.directoryLoaders.for(req).person.load(suggestion.id)
      : null;
  }

  @ResolveField(() => Company, { nullable: true })
  company(
    @Parent() suggestion: DelegationSuggestion,
    @Context() { req }: Request,
  ): Promise<Company | null> | null {
    return suggestion.kind === MemberKind.COMPANY
      ? this.directoryLoaders.for(req).company.load(suggestion.id)
      : null;
  }
}
