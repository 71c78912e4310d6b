import { AuditEvent } from './audit/audit-event.entity';
import { RefreshToken } from './session/refresh-token.entity';
import { User } from './user/user.entity';

export * from './access/access.decorators';
export * from './access/request-context';
export * from './access/viewer';
export * from './audit/audit-event.entity';
export * from './audit/audit.service';
export * from './auth.module';
export * from './demo/demo-accounts';
export * from './user/role.enum';
export * from './user/user.entity';
export * from './user/user-connection';
export * from './user/user.service';

export const AUTH_ENTITIES = [User, RefreshToken, AuditEvent];
