import { CurrentUser, Role, Roles, User } from '@crossroads/auth';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DelegationMember } from '../member/delegation-member.entity';
import { AnswerInvitationInput } from '../member/dto/member.inputs';
import { InvitationService } from './invitation.service';

/** Members answer for themselves: their own person profile, a company they work for, a project of theirs. */
@Resolver()
export class InvitationResolver {
  constructor(private readonly invitations: InvitationService) {}

  @Roles(Role.MEMBER)
  @Query(() => [DelegationMember], {
    description: 'Invitations the caller answers for: their profile, their companies, their projects',
  })
  myDelegationInvitations(@CurrentUser() user: User): Promise<DelegationMember[]> {
    return this.invitations.mine(user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => DelegationMember, {
    description: 'Confirm or decline, and give or refuse brochure consent',
  })
  answerDelegationInvitation(
    @Args('input') input: AnswerInvitationInput,
    @CurrentUser() user: User,
  ): Promise<DelegationMember> {
    return this.invitations.answer(input, user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => DelegationMember, { description: 'Give or take back consent to appear in the brochure' })
  setDelegationBrochureConsent(
    @Args('memberId', { type: () => ID }, ParseUUIDPipe) memberId: string,
    @Args('consent') consent: boolean,
    @CurrentUser() user: User,
  ): Promise<DelegationMember> {
    return this.invitations.setConsent(memberId, consent, user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => DelegationMember, { description: 'A confirmed invitee withdraws' })
  withdrawFromDelegation(
    @Args('memberId', { type: () => ID }, ParseUUIDPipe) memberId: string,
    @CurrentUser() user: User,
  ): Promise<DelegationMember> {
    return this.invitations.withdraw(memberId, user);
  }
}
