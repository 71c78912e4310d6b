import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ClaimStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ClaimStatus, { name: 'ClaimStatus' });

@ObjectType({ description: 'A member asking to own an existing profile' })
@Entity()
export class PersonClaim {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  personId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  message: string | null;

  @Field(() => ClaimStatus)
  @Column({ type: 'varchar', length: 16, default: ClaimStatus.PENDING })
  status: ClaimStatus;

  /** Exposed to STAFF only (ClaimResolver.decidedBy): members never learn other accounts' ids. */
  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
