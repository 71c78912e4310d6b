import { AuthModule } from '@crossroads/auth';
import { DirectoryModule } from '@crossroads/directory';
import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EditionResolver } from './edition/edition.resolver';
import { EditionService } from './edition/edition.service';
import { FestivalEdition } from './edition/festival-edition.entity';
import { FestivalReferenceService } from './festival/festival-reference.service';
import { Festival } from './festival/festival.entity';
import { FestivalResolver } from './festival/festival.resolver';
import { FestivalService } from './festival/festival.service';
import { FestivalLoaders } from './festivals-loaders';
import { EditionFollow } from './follow/edition-follow.entity';
import { FollowPersonalData } from './follow/follow-personal-data';
import { FollowResolver, UpcomingDeadlineResolver } from './follow/follow.resolver';
import { FollowService } from './follow/follow.service';
import { DeadlineRemindersJob } from './follow/deadline-reminders.job';

export const FESTIVAL_ENTITIES = [Festival, FestivalEdition, EditionFollow];

/** Festivals, markets and forums with their editions: the calendar the co-production and delegation work aims at. */
@Module({
  imports: [AuthModule, DirectoryModule, TypeOrmModule.forFeature(FESTIVAL_ENTITIES)],
  providers: [
    DeadlineRemindersJob,
    FestivalLoaders,
    FestivalReferenceService,
    FestivalService,
    FestivalResolver,
    EditionService,
    EditionResolver,
    FollowService,
    FollowResolver,
    UpcomingDeadlineResolver,
    FollowPersonalData,
  ],
  exports: [FestivalService, EditionService, FestivalLoaders],
})
export class FestivalsModule implements OnApplicationBootstrap {
  constructor(private readonly referenceData: FestivalReferenceService) {}

  /** Reference festivals are sourced facts, the same everywhere: brought up to date at every boot. */
  async onApplicationBootstrap(): Promise<void> {
    await this.referenceData.apply();
  }
}
