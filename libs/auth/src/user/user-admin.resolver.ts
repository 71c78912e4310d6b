import { ConnectionShape } from '@crossroads/core';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClientIp, CurrentUser, Roles } from '../access/access.decorators';
import { SetUserRolesArgs, UserIdArgs, UsersArgs } from './dto/user-admin.inputs';
import { Role } from './role.enum';
import { User } from './user.entity';
import { UserConnection } from './user-connection';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserAdminResolver {
  constructor(private readonly userService: UserService) {}

  @Roles(Role.STAFF)
  @Query(() => UserConnection, { description: 'Accounts, oldest first (STAFF)' })
  users(@Args() args: UsersArgs): Promise<ConnectionShape<User>> {
    return this.userService.list(args);
  }

  @Roles(Role.STAFF)
  @Mutation(() => User, {
    description: 'Approves a PENDING registration: ACTIVE with the MEMBER role (STAFF)',
  })
  approveUser(@Args() { id }: UserIdArgs, @CurrentUser() actor: User, @ClientIp() ip: string | null) {
    return this.userService.approve(id, actor, ip);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: "Replaces an account's roles (ADMIN)" })
  setUserRoles(
    @Args() { id, roles }: SetUserRolesArgs,
    @CurrentUser() actor: User,
    @ClientIp() ip: string | null,
  ) {
    return this.userService.setRoles(id, roles, actor, ip);
  }

  @Roles(Role.STAFF)
  @Mutation(() => User, {
    description: 'Disables an account and ends its sessions (STAFF for members, ADMIN for staff)',
  })
  disableUser(@Args() { id }: UserIdArgs, @CurrentUser() actor: User, @ClientIp() ip: string | null) {
    return this.userService.disable(id, actor, ip);
  }
}
