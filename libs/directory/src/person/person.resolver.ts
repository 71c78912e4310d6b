import { ClientIp, CurrentUser, Public, Role, Roles, User, viewerOf } from '@crossroads/auth';
import { Connection, ConnectionShape, UuidPipe, LookupArgs } from '@crossroads/core';
import {
  Args,
  Context,
  Field,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { frenchTitle } from '../craft/craft-forms';
import { Craft } from '../craft/craft.entity';
import { DirectoryLoaders } from '../loaders/directory-loaders';
import { Programme } from '../programme/programme.entity';
import { School } from '../school/school.entity';
import { Visibility } from '../shared/directory.enums';
import { Site } from '../site/site.entity';
import { PeopleArgs, PersonInput } from './dto/person.inputs';
import { MembershipStatus } from '../membership/membership.enums';
import { Affiliation, Availability, Credit, PersonLanguage } from './person-details.entity';
import { Person } from './person.entity';
import { canSee, isOwnerOrStaff, visibilityOf } from './person-visibility';
import { PersonService } from './person.service';

export const PersonConnection = Connection(Person);

@ObjectType({ description: "One of a person's job titles, written as the person chose (titleForm)" })
export class PersonTitle {
  @Field({ description: 'The craft slug' })
  craft: string;

  @Field({
    description: 'The French title in the person’s form: Réalisatrice, Réalisateur or Réalisateur·rice',
  })
  fr: string;

  @Field({ description: 'The English title' })
  en: string;
}

@ObjectType({ description: 'Who sees each personal detail (shown to the owner and STAFF only)' })
class PersonVisibility {
  @Field(() => Visibility)
  email: Visibility;

  @Field(() => Visibility)
  phone: Visibility;

  @Field(() => Visibility)
  links: Visibility;

  @Field(() => Visibility)
  availability: Visibility;
}

type Request = { req: object };

@Resolver(() => Person)
export class PersonResolver {
  constructor(
    private readonly personService: PersonService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Public()
  @Query(() => PersonConnection, {
    description: 'People, by last name; those without directory consent are hidden from anonymous readers',
  })
  people(@Args() args: PeopleArgs, @CurrentUser() user?: User): Promise<ConnectionShape<Person>> {
    return this.personService.list(args, viewerOf(user));
  }

  @Public()
  @Query(() => Person)
  person(@Args() lookup: LookupArgs, @CurrentUser() user?: User): Promise<Person> {
    return this.personService.findOne(lookup, viewerOf(user));
  }

  @Roles(Role.STAFF)
  @Mutation(() => Person, { description: 'Creates a profile (STAFF)' })
  createPerson(
    @Args('input') input: PersonInput,
    @CurrentUser() actor: User,
    @ClientIp() ip: string | null,
  ): Promise<Person> {
    return this.personService.create(input, actor, ip);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Person, { description: 'Edits a profile: STAFF any, a member the one they own' })
  updatePerson(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: PersonInput,
    @CurrentUser() actor: User,
    @ClientIp() ip: string | null,
  ): Promise<Person> {
    return this.personService.update(id, input, actor, ip);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Deletes a profile and its search document (STAFF)' })
  deletePerson(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.personService.remove(id);
  }

  @ResolveField(() => String)
  name(@Parent() person: Person): string {
    return `${person.firstName} ${person.lastName}`;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'As the person allows; never to anonymous readers',
  })
  email(@Parent() person: Person, @CurrentUser() user?: User): string | null {
    return canSee(viewerOf(user), person, 'email') ? person.email : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'As the person allows; never to anonymous readers',
  })
  phone(@Parent() person: Person, @CurrentUser() user?: User): string | null {
    return canSee(viewerOf(user), person, 'phone') ? person.phone : null;
  }

  @ResolveField(() => String, { nullable: true })
  website(@Parent() person: Person, @CurrentUser() user?: User): string | null {
    return canSee(viewerOf(user), person, 'links') ? person.website : null;
  }

  @ResolveField(() => String, { nullable: true })
  showreelUrl(@Parent() person: Person, @CurrentUser() user?: User): string | null {
    return canSee(viewerOf(user), person, 'links') ? person.showreelUrl : null;
  }

  @ResolveField(() => String, { nullable: true })
  filmographyUrl(@Parent() person: Person, @CurrentUser() user?: User): string | null {
    return canSee(viewerOf(user), person, 'links') ? person.filmographyUrl : null;
  }

  @ResolveField(() => PersonVisibility, { nullable: true })
  visibility(@Parent() person: Person, @CurrentUser() user?: User): PersonVisibility | null {
    return isOwnerOrStaff(viewerOf(user), person) ? visibilityOf(person) : null;
  }

  @ResolveField(() => [Availability], {
    description: 'Empty when the person does not show it to this viewer',
  })
  async availability(@Parent() person: Person, @Context() { req }: Request, @CurrentUser() user?: User) {
    if (!canSee(viewerOf(user), person, 'availability')) return [];
    return this.loaders.for(req).availabilityOfPerson.load(person.id);
  }

  @ResolveField(() => [Craft])
  crafts(@Parent() person: Person, @Context() { req }: Request): Promise<Craft[]> {
    return this.loaders.for(req).craftsOfPerson.load(person.id);
  }

  @ResolveField(() => [PersonTitle], {
    description: 'The job titles to show, primary first, in the form the person chose (titleForm)',
  })
  async titles(@Parent() person: Person, @Context() { req }: Request): Promise<PersonTitle[]> {
    const crafts = await this.loaders.for(req).craftsOfPerson.load(person.id);
    return crafts.map((craft) => ({
      craft: craft.slug,
      fr: frenchTitle(craft, person.titleForm),
      en: craft.labelEn,
    }));
  }

  @ResolveField(() => [PersonLanguage])
  languages(@Parent() person: Person, @Context() { req }: Request): Promise<PersonLanguage[]> {
    return this.loaders.for(req).languagesOfPerson.load(person.id);
  }

  @ResolveField(() => [Credit])
  credits(@Parent() person: Person, @Context() { req }: Request): Promise<Credit[]> {
    return this.loaders.for(req).creditsOfPerson.load(person.id);
  }

  @ResolveField(() => [Affiliation], {
    description:
      'Companies the person declared or is a verified member of; refused and revoked ones only to the person and STAFF',
  })
  async affiliations(
    @Parent() person: Person,
    @Context() { req }: Request,
    @CurrentUser() user?: User,
  ): Promise<Affiliation[]> {
    const affiliations = await this.loaders.for(req).affiliationsOfPerson.load(person.id);
    if (isOwnerOrStaff(viewerOf(user), person)) return affiliations;
    return affiliations.filter(
      (a) => a.status === MembershipStatus.DECLARED || a.status === MembershipStatus.VERIFIED,
    );
  }

  @ResolveField(() => Site, { nullable: true })
  site(@Parent() person: Person, @Context() { req }: Request): Promise<Site | null> | null {
    return person.siteId ? this.loaders.for(req).site.load(person.siteId) : null;
  }

  @ResolveField(() => School, { nullable: true })
  school(@Parent() person: Person, @Context() { req }: Request): Promise<School | null> | null {
    return person.schoolId ? this.loaders.for(req).school.load(person.schoolId) : null;
  }

  @ResolveField(() => Programme, { nullable: true })
  programme(@Parent() person: Person, @Context() { req }: Request): Promise<Programme | null> | null {
    return person.programmeId ? this.loaders.for(req).programme.load(person.programmeId) : null;
  }
}
