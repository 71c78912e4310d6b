import { rncpExpired } from '../programme/rncp-validity';
import { CurrentUser, Public, Role, Roles, User, viewerOf } from '@crossroads/auth';
import {
  Connection,
  ConnectionShape,
  firstItems,
  NestedListArgs,
  UuidPipe,
  LookupArgs,
} from '@crossroads/core';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryLoaders } from '../loaders/directory-loaders';
import { Programme } from '../programme/programme.entity';
import { Site } from '../site/site.entity';
import { ProgrammeInput, ProgrammesArgs, SchoolInput, SchoolsArgs } from './dto/school.inputs';
import { School } from './school.entity';
import { SchoolService } from './school.service';

export const SchoolConnection = Connection(School);
export const ProgrammeConnection = Connection(Programme);

type Request = { req: object };

/** Students and alumni are counted, not listed here: `people(filter: { schools, programmes })` lists them. */
@Resolver(() => School)
export class SchoolResolver {
  constructor(
    private readonly schoolService: SchoolService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Public()
  @Query(() => SchoolConnection, { description: 'Schools, by name' })
  schools(@Args() args: SchoolsArgs): Promise<ConnectionShape<School>> {
    return this.schoolService.list(args);
  }

  @Public()
  @Query(() => School)
  school(@Args() lookup: LookupArgs): Promise<School> {
    return this.schoolService.findOne(lookup);
  }

  @Roles(Role.STAFF)
  @Mutation(() => School, { description: 'STAFF' })
  createSchool(@Args('input') input: SchoolInput): Promise<School> {
    return this.schoolService.create(input);
  }

  @Roles(Role.STAFF)
  @Mutation(() => School, { description: 'STAFF' })
  updateSchool(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: SchoolInput,
  ): Promise<School> {
    return this.schoolService.update(id, input);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'STAFF; its programmes go with it' })
  deleteSchool(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.schoolService.remove(id);
  }

  @ResolveField(() => Site, { nullable: true })
  site(@Parent() school: School, @Context() { req }: Request): Promise<Site | null> | null {
    return school.siteId ? this.loaders.for(req).site.load(school.siteId) : null;
  }

  @ResolveField(() => [Programme])
  async programmes(
    @Parent() school: School,
    @Context() { req }: Request,
    @Args() list: NestedListArgs,
  ): Promise<Programme[]> {
    return firstItems(await this.loaders.for(req).programmesOfSchool.load(school.id), list);
  }

  @ResolveField(() => Int, { description: 'Students and alumni in the directory' })
  studentCount(
    @Parent() school: School,
    @Context() { req }: Request,
    @CurrentUser() user?: User,
  ): Promise<number> {
    const anonymous = viewerOf(user).level === 'ANONYMOUS';
    return this.loaders.for(req).studentCount('school_id', anonymous).load(school.id);
  }

  @ResolveField(() => Int, {
    description: 'Of studentCount, how many are demo people (shown as demo, never as the real intake)',
  })
  demoStudentCount(
    @Parent() school: School,
    @Context() { req }: Request,
    @CurrentUser() user?: User,
  ): Promise<number> {
    const anonymous = viewerOf(user).level === 'ANONYMOUS';
    return this.loaders.for(req).studentCount('school_id', anonymous, true).load(school.id);
  }
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  constructor(
    private readonly schoolService: SchoolService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Public()
  @Query(() => ProgrammeConnection, { description: 'Diploma programmes, by title' })
  programmes(@Args() args: ProgrammesArgs): Promise<ConnectionShape<Programme>> {
    return this.schoolService.listProgrammes(args);
  }

  @Public()
  @Query(() => Programme)
  programme(@Args() lookup: LookupArgs): Promise<Programme> {
    return this.schoolService.findProgramme(lookup);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Programme, { description: 'STAFF' })
  createProgramme(@Args('input') input: ProgrammeInput): Promise<Programme> {
    return this.schoolService.createProgramme(input);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Programme, { description: 'STAFF' })
  updateProgramme(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: ProgrammeInput,
  ): Promise<Programme> {
    return this.schoolService.updateProgramme(id, input);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'STAFF' })
  deleteProgramme(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.schoolService.removeProgramme(id);
  }

  @ResolveField(() => Boolean, {
    description:
      'True when the RNCP registration has ended (rncpValidUntil is past): not a current recognition',
  })
  rncpExpired(@Parent() programme: Programme): boolean {
    return rncpExpired(programme.rncpValidUntil);
  }

  @ResolveField(() => School)
  async school(@Parent() programme: Programme, @Context() { req }: Request): Promise<School | null> {
    return this.loaders.for(req).school.load(programme.schoolId);
  }

  @ResolveField(() => Int, { description: 'Students and alumni in the directory' })
  studentCount(
    @Parent() programme: Programme,
    @Context() { req }: Request,
    @CurrentUser() user?: User,
  ): Promise<number> {
    const anonymous = viewerOf(user).level === 'ANONYMOUS';
    return this.loaders.for(req).studentCount('programme_id', anonymous).load(programme.id);
  }

  @ResolveField(() => Int, {
    description: 'Of studentCount, how many are demo people (shown as demo, never as the real intake)',
  })
  demoStudentCount(
    @Parent() programme: Programme,
    @Context() { req }: Request,
    @CurrentUser() user?: User,
  ): Promise<number> {
    const anonymous = viewerOf(user).level === 'ANONYMOUS';
    return this.loaders.for(req).studentCount('programme_id', anonymous, true).load(programme.id);
  }
}
