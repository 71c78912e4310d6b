import { viewerOf } from '@crossroads/auth';
import type { User } from '@crossroads/auth';
import { PartnerMatchingService, ProjectService } from '@crossroads/coproduction';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Delegation } from '../delegation/delegation.entity';
import { DelegationStatus, MemberKind, MemberStatus } from '../delegation/delegation.enums';
import { isStaff } from '../delegation/delegation-viewer';
import { whereInvitee } from '../invitation/invitees';
import { DelegationMember } from '../member/delegation-member.entity';
import { MeetingSuggestion, MeetingSuggestionsArgs } from './meeting.types';

/** Partner matches are ranked over every partner; enough are fetched to keep the attending ones. */
const MATCH_POOL = 100;

/**
 * Meetings worth asking for at an edition: each project of a delegation to it, paired by the partner matcher
 * with the companies whose co-production profile says they attend the same edition. A participant sees the
 * projects they answer for (in published delegations); STAFF see every project still in a delegation.
 */
@Injectable()
export class MeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: PartnerMatchingService,
    private readonly projects: ProjectService,
  ) {}

  async suggest(args: MeetingSuggestionsArgs, user: User): Promise<MeetingSuggestion[]> {
    const attending = new Set(
      (await this.matching.attendingCompanies(args.editionId)).map((attendee) => attendee.company.id),
    );
    const staff = isStaff(viewerOf(user));
    const query = this.dataSource
      .getRepository(DelegationMember)
      .createQueryBuilder('m')
      .innerJoin(Delegation, 'd', 'd.id = m.delegationId')
      .where('d.editionId = :editionId', { editionId: args.editionId })
      .andWhere('m.kind = :project', { project: MemberKind.PROJECT })
      .andWhere('m.status IN (:...statuses)', {
        statuses: staff
          ? [MemberStatus.PROPOSED, MemberStatus.INVITED, MemberStatus.CONFIRMED]
          : [MemberStatus.INVITED, MemberStatus.CONFIRMED],
      })
      .orderBy('m.createdAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(50);
    if (!staff) {
      query.andWhere('d.status = :published', { published: DelegationStatus.PUBLISHED });
      whereInvitee(query, { userId: user.id, personId: user.personId });
    }
    const members = await query.getMany();
    const first = args.first ?? 10;
    const suggestions: MeetingSuggestion[] = [];
    for (const member of members) {
      const project = await this.projects.findOne({ id: member.projectId! }, user);
      const matches = attending.size
        ? await this.matching.partnerMatches(project.id, args.editionId, MATCH_POOL, user)
        : [];
      suggestions.push({
        delegationId: member.delegationId,
        memberId: member.id,
        project,
        meetings: matches.filter((match) => attending.has(match.company.id)).slice(0, first),
      });
    }
    return suggestions;
  }
}
