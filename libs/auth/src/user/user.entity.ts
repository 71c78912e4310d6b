import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role, UserStatus } from './role.enum';

@ObjectType({ description: 'An account. Only its owner and STAFF can read it.' })
@Entity({ name: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @HideField()
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  displayName: string | null;

  @Field(() => [Role])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: Role[];

  @Field(() => UserStatus)
  @Column({ type: 'varchar', length: 16, default: UserStatus.PENDING })
  status: UserStatus;

  @Field(() => ID, { nullable: true, description: 'The person profile this account owns' })
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @HideField()
  @Column({ type: 'integer', default: 0 })
  passwordChangeFailures: number;

  @HideField()
  @Column({ type: 'timestamptz', nullable: true })
  passwordChangeLockedUntil: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @HideField()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Field({ description: 'The language of my mail and notifications: fr or en' })
  @Column({ type: 'varchar', length: 2, default: 'fr' })
  locale: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When mail to this address was refused for good; no mail is sent to it since',
  })
  @Column({ type: 'timestamptz', nullable: true })
  emailBouncedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The mail server’s answer when the address bounced' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  emailBounceReason: string | null;
}
