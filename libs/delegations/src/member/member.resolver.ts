import { CurrentUser, Role, Roles, User, viewerOf } from '@crossroads/auth';
import { Project, ProjectAccess } from '@crossroads/coproduction';
import { canList, Company, DirectoryLoaders, Person } from '@crossroads/directory';
import { ParseUUIDPipe } from '@nestjs/common';
import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Mutation,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Delegation } from '../delegation/delegation.entity';
import { isStaff } from '../delegation/delegation-viewer';
import { DelegationLoaders } from '../delegation-loaders';
import { DelegationMember } from './delegation-member.entity';
import { AddDelegationMemberInput, SetMemberStatusInput } from './dto/member.inputs';
import { MemberService } from './member.service';

type Request = { req: object };

@ArgsType()
class MemberNoteArgs {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => String, { nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@Resolver(() => DelegationMember)
export class MemberResolver {
  constructor(
    private readonly members: MemberService,
    private readonly loaders: DelegationLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
    private readonly projectAccess: ProjectAccess,
  ) {}

  @ResolveField(() => Project, {
    nullable: true,
    description:
      'The project, when the viewer may read it as project() would (a PRIVATE one: its owners and STAFF)',
  })
  async project(
    @Parent() member: DelegationMember,
    @Context() { req }: Request,
    @CurrentUser() user?: User,
  ): Promise<Project | null> {
    if (!member.projectId) return null;
    const project = await this.loaders.for(req).project.load(member.projectId);
    return project && (await this.projectAccess.canRead(viewerOf(user), project)) ? project : null;
  }

  @Roles(Role.STAFF)
  @Mutation(() => DelegationMember, { description: 'STAFF: proposes a person, company or project' })
  addDelegationMember(
    @Args('input') input: AddDelegationMemberInput,
    @CurrentUser() user: User,
  ): Promise<DelegationMember> {
    return this.members.add(input, user.id);
  }

  @Roles(Role.STAFF)
  @Mutation(() => DelegationMember, {
    description: 'STAFF: invite, withdraw, or record a refusal; invalid transitions are a CONFLICT',
  })
  setDelegationMemberStatus(
    @Args('input') input: SetMemberStatusInput,
    @CurrentUser() user: User,
  ): Promise<DelegationMember> {
    return this.members.setStatus(input, user.id);
  }

  @Roles(Role.STAFF)
  @Mutation(() => DelegationMember, { description: 'STAFF: the note on a member' })
  setDelegationMemberNote(
    @Args() args: MemberNoteArgs,
    @CurrentUser() user: User,
  ): Promise<DelegationMember> {
    return this.members.setNote(args.memberId, args.note ?? null, user.id);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'STAFF: removes a PROPOSED member (others are withdrawn)' })
  removeDelegationMember(
    @Args('memberId', { type: () => ID }, ParseUUIDPipe) memberId: string,
    @CurrentUser() user: User,
  ): Promise<boolean> {
    return this.members.remove(memberId, user.id);
  }

  @ResolveField(() => Delegation)
  async delegation(@Parent() member: DelegationMember, @Context() { req }: Request): Promise<Delegation> {
    return (await this.loaders.for(req).delegation.load(member.delegationId))!;
  }

  @ResolveField(() => Person, { nullable: true })
  async person(
    @Parent() member: DelegationMember,
    @Context() { req }: Request,
    @CurrentUser() user?: User,
  ): Promise<Person | null> {
    if (!member.personId) return null;
    const person = await this.directoryLoaders.for(req).person.load(member.personId);
    return person && canList(viewerOf(user), person) ? person : null;
  }

  @ResolveField(() => Company, { nullable: true })
  company(@Parent() member: DelegationMember, @Context() { req }: Request): Promise<Company | null> | null {
    return member.companyId ? this.directoryLoaders.for(req).company.load(member.companyId) : null;
  }

  @ResolveField(() => String, { nullable: true })
  note(@Parent() member: DelegationMember, @CurrentUser() user: User): string | null {
    return isStaff(viewerOf(user)) ? member.note : null;
  }
}
