import { Public } from '@crossroads/auth';
import { Connection, ConnectionShape, LookupArgs } from '@crossroads/core';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FestivalEdition } from '../edition/festival-edition.entity';
import { FestivalLoaders } from '../festivals-loaders';
import { FestivalsArgs } from './dto/festival.args';
import { Festival } from './festival.entity';
import { FestivalService } from './festival.service';

export const FestivalConnection = Connection(Festival);

@Resolver(() => Festival)
export class FestivalResolver {
  constructor(
    private readonly festivalService: FestivalService,
    private readonly loaders: FestivalLoaders,
  ) {}

  @Public()
  @Query(() => FestivalConnection, { description: 'Festivals, markets and forums, by name' })
  festivals(@Args() args: FestivalsArgs): Promise<ConnectionShape<Festival>> {
    return this.festivalService.list(args);
  }

  @Public()
  @Query(() => Festival, { description: 'One festival, by id or slug' })
  festival(@Args() args: LookupArgs): Promise<Festival> {
    return this.festivalService.findOne(args);
  }

  @ResolveField(() => [FestivalEdition], { description: 'Its editions, oldest first' })
  editions(@Parent() festival: Festival, @Context() { req }: { req: object }): Promise<FestivalEdition[]> {
    return this.loaders.for(req).editionsOfFestival.load(festival.id);
  }
}
