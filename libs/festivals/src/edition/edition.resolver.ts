import { Public } from '@crossroads/auth';
import { Connection, ConnectionShape } from '@crossroads/core';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Festival } from '../festival/festival.entity';
import { FestivalLoaders } from '../festivals-loaders';
import { CalendarArgs } from './dto/calendar.args';
import { EditionService } from './edition.service';
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
  festivalEdition(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<FestivalEdition> {
    return this.editions.findOne(id);
  }

  @ResolveField(() => Festival)
  async festival(@Parent() edition: FestivalEdition, @Context() { req }: { req: object }): Promise<Festival> {
    return (await this.loaders.for(req).festival.load(edition.festivalId))!;
  }
}
