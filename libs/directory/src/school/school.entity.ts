import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType()
@Entity()
export class School {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 80, unique: true })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  city: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  siteId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  website: string | null;

  @Field()
  @Column({ type: 'text', default: '' })
  descriptionFr: string;

  @Field()
  @Column({ type: 'text', default: '' })
  descriptionEn: string;

  @Field({ description: 'False while details come from unconfirmed sources' })
  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources: string[];

  @Field()
  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
