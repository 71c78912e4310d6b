import { CurrentUser, Public, Role, Roles, User, viewerOf } from '@crossroads/auth';
import { Connection, ConnectionShape, UuidPipe, LookupArgs } from '@crossroads/core';
import { canList, Company, DirectoryLoaders, Person } from '@crossroads/directory';
import { FestivalEdition, FestivalLoaders } from '@crossroads/festivals';
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
import { CoproductionLoaders } from '../coproduction-loaders';
import { Fund } from '../reference/fund.type';
import { FUNDS } from '../reference/funds.reference';
import { ProjectInput, ProjectsArgs } from './dto/project.inputs';
import { Project } from './project.entity';
import { ProjectService } from './project.service';

export const ProjectConnection = Connection(Project);

@ObjectType({ description: 'A person on a project team and their role' })
class ProjectTeamEntry {
  @Field({ description: 'writer, director, producer…' })
  role: string;

  @Field(() => Person, { nullable: true, description: 'Null when the viewer may not see the profile' })
  person: Person | null;
}

type Request = { req: object };

@Resolver(() => Project)
export class ProjectResolver {
  constructor(
    private readonly projectService: ProjectService,
    private readonly directoryLoaders: DirectoryLoaders,
    private readonly festivalLoaders: FestivalLoaders,
    private readonly loaders: CoproductionLoaders,
  ) {}

  @Public()
  @Query(() => ProjectConnection, {
    description:
      'Co-production projects, newest first: public ones for everyone, members-only ones for members, private ones for their team and STAFF',
  })
  projects(@Args() args: ProjectsArgs, @CurrentUser() user?: User): Promise<ConnectionShape<Project>> {
    return this.projectService.list(args, viewerOf(user));
  }

  @Public()
  @Query(() => Project, { description: 'NOT_FOUND when the viewer may not see it' })
  project(@Args() lookup: LookupArgs, @CurrentUser() user?: User): Promise<Project> {
    return this.projectService.findOne(lookup, viewerOf(user));
  }

  @Public()
  @Query(() => [Fund], { description: 'Public funds and incentives projects apply to (reference data)' })
  funds(): Fund[] {
    return FUNDS.map(({ unverified: _note, ...fund }) => ({
      ...fund,
      formats: [...fund.formats],
      requiresPartnerCountries: [...fund.requiresPartnerCountries],
      requiresPartnerRegions: [...fund.requiresPartnerRegions],
      sources: [...fund.sources],
    }));
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Project, { description: 'Creates a project (PRIVATE unless told); the creator owns it' })
  createProject(@Args('input') input: ProjectInput, @CurrentUser() user: User): Promise<Project> {
    return this.projectService.create(input, user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Project, { description: 'The project team or STAFF' })
  updateProject(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: ProjectInput,
    @CurrentUser() user: User,
  ): Promise<Project> {
    return this.projectService.update(id, input, user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Boolean, { description: 'The project team or STAFF; its introductions go with it' })
  deleteProject(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @CurrentUser() user: User,
  ): Promise<boolean> {
    return this.projectService.remove(id, user);
  }

  @ResolveField(() => Company, { nullable: true })
  ownerCompany(@Parent() project: Project, @Context() { req }: Request): Promise<Company | null> | null {
    return project.ownerCompanyId
      ? this.directoryLoaders.for(req).company.load(project.ownerCompanyId)
      : null;
  }

  @ResolveField(() => [ProjectTeamEntry])
  async team(
    @Parent() project: Project,
    @Context() { req }: Request,
    @CurrentUser() user?: User,
  ): Promise<ProjectTeamEntry[]> {
    const members = await this.loaders.for(req).teamOfProject.load(project.id);
    const people = await this.directoryLoaders.for(req).person.loadMany(members.map((m) => m.personId));
    const viewer = viewerOf(user);
    return members.map((member, i) => {
      const person = people[i];
      return {
        role: member.role,
        person: person instanceof Person && canList(viewer, person) ? person : null,
      };
    });
  }

  @ResolveField(() => [FestivalEdition])
  async targetEditions(@Parent() project: Project, @Context() { req }: Request): Promise<FestivalEdition[]> {
    const editions = await this.festivalLoaders.for(req).edition.loadMany(project.targetEditionIds);
    return editions.filter((e): e is FestivalEdition => e instanceof FestivalEdition);
  }
}
