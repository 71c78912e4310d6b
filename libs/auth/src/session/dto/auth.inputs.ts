import { ArgsType, Field, InputType, ObjectType, Int } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { User } from '../../user/user.entity';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  displayName?: string;
}

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@ArgsType()
export class RefreshTokenArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Omitted by the web app: its httpOnly cookie is read instead',
  })
  @IsOptional()
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token?: string;
}

@ArgsType()
export class LogoutArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Omitted by the web app: its httpOnly cookie is read instead',
  })
  @IsOptional()
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  refreshToken?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  newPassword: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'JWT for `Authorization: Bearer`' })
  accessToken: string;

  @Field({ description: 'Opaque; exchange it with refreshToken(token) before the access token expires' })
  refreshToken: string;

  @Field(() => Int, { description: 'Seconds the access token lives' })
  expiresIn: number;

  @Field(() => User)
  user: User;
}
