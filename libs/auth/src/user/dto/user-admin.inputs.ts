import { ConnectionArgs } from '@crossroads/core';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Role, UserStatus } from '../role.enum';

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => UserStatus, { nullable: true })
  @IsOptional()
  @IsEnum(UserStatus)
  status?: UserStatus;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class SetUserRolesArgs extends UserIdArgs {
  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsEnum(Role, { each: true })
  roles: Role[];
}
