import { CurrentUser, Role, Roles, User, viewerOf } from '@crossroads/auth';
import { Connection, ConnectionShape } from '@crossroads/core';
import { Company, DirectoryLoaders } from '@crossroads/directory';
import {
  Args,
  Context,
  Field,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Project } from '../project/project.entity';
import { ProjectService } from '../project/project.service';
import { IntroductionStatus } from '../shared/coproduction.enums';
import {
  AnswerIntroductionArgs,
  IntroductionsArgs,
  RequestIntroductionArgs,
} from './dto/introduction.inputs';
import { Introduction, IntroductionEvent } from './introduction.entity';
import { IntroductionService } from './introduction.service';

export const IntroductionConnection = Connection(Introduction);

@ObjectType({ description: 'How to reach one side of an accepted introduction' })
class IntroductionContact {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

type Request = { req: object };

@Resolver(() => Introduction)
export class IntroductionResolver {
  constructor(
    private readonly introductionService: IntroductionService,
    private readonly projects: ProjectService,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Roles(Role.MEMBER)
  @Mutation(() => Introduction, {
    description: 'The project team (or STAFF) asks to be introduced to a company',
  })
  requestIntroduction(
    @Args() args: RequestIntroductionArgs,
    @CurrentUser() user: User,
  ): Promise<Introduction> {
    return this.introductionService.request(args.projectId, args.companyId, args.message, user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Introduction, {
    description:
      "The company's members (or STAFF) accept or decline; on acceptance both sides see each other's contact",
  })
  answerIntroduction(@Args() args: AnswerIntroductionArgs, @CurrentUser() user: User): Promise<Introduction> {
    return this.introductionService.answer(args.id, args.accept, args.message, user);
  }

  @Roles(Role.MEMBER)
  @Query(() => IntroductionConnection, {
    description:
      'Introductions the viewer is party to (project team or company member), newest first; STAFF: all',
  })
  introductions(
    @Args() args: IntroductionsArgs,
    @CurrentUser() user: User,
  ): Promise<ConnectionShape<Introduction>> {
    return this.introductionService.list(args, viewerOf(user));
  }

  @ResolveField(() => Project, {
    nullable: true,
    description: 'Null when the viewer may not see the project',
  })
  async project(@Parent() introduction: Introduction, @CurrentUser() user: User): Promise<Project | null> {
    return this.projects.findOne({ id: introduction.projectId }, viewerOf(user)).catch(() => null);
  }

  @ResolveField(() => Company, { nullable: true })
  company(@Parent() introduction: Introduction, @Context() { req }: Request): Promise<Company | null> {
    return this.directoryLoaders.for(req).company.load(introduction.companyId);
  }

  @ResolveField(() => [IntroductionEvent], { description: 'Every step, oldest first' })
  history(@Parent() introduction: Introduction): Promise<IntroductionEvent[]> {
    return this.introductionService.history(introduction.id);
  }

  @ResolveField(() => IntroductionContact, {
    nullable: true,
    description: 'Who asked, once the company accepted',
  })
  requesterContact(@Parent() introduction: Introduction): Promise<IntroductionContact | null> | null {
    return introduction.status === IntroductionStatus.ACCEPTED
      ? this.introductionService.contactOf(introduction.requestedByUserId)
      : null;
  }

  @ResolveField(() => IntroductionContact, {
    nullable: true,
    description: 'Who accepted for the company, once accepted',
  })
  companyContact(@Parent() introduction: Introduction): Promise<IntroductionContact | null> | null {
    return introduction.status === IntroductionStatus.ACCEPTED
      ? this.introductionService.contactOf(introduction.decidedByUserId)
      : null;
  }
}
