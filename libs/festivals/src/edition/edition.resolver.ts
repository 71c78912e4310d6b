import { Public, Role, Roles } from '@crossroads/auth';
import { Connection, ConnectionShape, UuidPipe } from '@crossroads/core';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Festival } from '../festival/festival.entity';
import { FestivalLoaders } from '../festivals-loaders';
import { CalendarArgs } from './dto/calendar.args';
import { EditionDatesInput } from './dto/edition-dates.input';
import { EditionDeadlinesInput } from './dto/edition-deadlines.input';
import { EditionDeadline, editionDeadlines } from './edition-deadlines';
import { EditionService, today } from './edition.service';
import { FestivalEdition } from './festival-edition.entity';

export const FestivalEditionConnection = Connection(FestivalEdition);

@Resolver(() => FestivalEdition)
export class EditionResolver {
  constructor(
    private readonly editions: EditionService,
    private readonly loaders: FestivalLoaders,
  ) {}

  @Public()
  @Query(() => FestivalEditionConnection, {
    description: 'The calendar: editions in date order, with their deadlines',
  })
  festivalEditions(@Args() args: CalendarArgs): Promise<ConnectionShape<FestivalEdition>> {
    return this.editions.calendar(args);
  }

  @Public()
  @Query(() => FestivalEdition, { description: 'One edition, by id' })
  festivalEdition(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<FestivalEdition> {
    return this.editions.findOne(id);
  }

  @ResolveField(() => Festival)
  async festival(@Parent() edition: FestivalEdition, @Context() { req }: { req: object }): Promise<Festival> {
    return (await this.loaders.for(req).festival.load(edition.festivalId))!;
  }

  @ResolveField(() => Boolean, {
    description:
      'True once the edition has ended (endsOn before today in Paris): history. A past edition with estimated dates is ' +
      'past, never "dates not yet published"',
  })
  past(@Parent() edition: FestivalEdition): boolean {
    return edition.endsOn < today();
  }

  @ResolveField(() => [EditionDeadline], { description: 'Its known dated steps, earliest first' })
  deadlines(@Parent() edition: FestivalEdition): EditionDeadline[] {
    return editionDeadlines(edition);
  }

  @Roles(Role.STAFF)
  @Mutation(() => FestivalEdition, { description: "Sets or clears an edition's deadlines (STAFF)" })
  setEditionDeadlines(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: EditionDeadlinesInput,
  ): Promise<FestivalEdition> {
    return this.editions.setDeadlines(id, input);
  }

  @Roles(Role.STAFF)
  @Mutation(() => FestivalEdition, {
    description:
      "Corrects an edition's dates (STAFF); its followers are told when they change or are confirmed",
  })
  setEditionDates(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: EditionDatesInput,
  ): Promise<FestivalEdition> {
    return this.editions.setDates(id, input);
  }
}
