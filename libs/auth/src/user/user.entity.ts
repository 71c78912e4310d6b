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
}
