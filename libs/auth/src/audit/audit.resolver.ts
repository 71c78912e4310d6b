import { Connection, ConnectionArgs, ConnectionShape } from '@crossroads/core';
import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Roles } from '../access/access.decorators';
import { Role } from '../user/role.enum';
import { AuditEvent, AuditEventType } from './audit-event.entity';
import { AuditService } from './audit.service';

export const AuditEventConnection = Connection(AuditEvent);

@ArgsType()
class AuditEventsArgs extends ConnectionArgs {
  @Field(() => AuditEventType, { nullable: true })
  @IsOptional()
  @IsEnum(AuditEventType)
  type?: AuditEventType;

  @Field(() => ID, { nullable: true, description: 'Events where this account is actor or subject' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Roles(Role.STAFF)
  @Query(() => AuditEventConnection, { description: 'Security events, newest first (STAFF)' })
  auditEvents(@Args() args: AuditEventsArgs): Promise<ConnectionShape<AuditEvent>> {
    return this.auditService.list(args);
  }
}
