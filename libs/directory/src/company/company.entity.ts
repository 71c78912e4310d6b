import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CompanyKind, SizeBand, WorkFormat } from '../shared/directory.enums';

@ObjectType()
@Entity()
export class Company {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: 'French companies: 9-digit SIREN (Luhn-checked)' })
  @Column({ type: 'char', length: 9, nullable: true, unique: true })
  siren: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field(() => [CompanyKind])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  kinds: CompanyKind[];

  @Field(() => [WorkFormat])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  formats: WorkFormat[];

  @Field()
  @Column({ type: 'varchar', length: 120 })
  city: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  siteId: string | null;

  @Field(() => SizeBand, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  sizeBand: SizeBand | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  website: string | null;

  @Field()
  @Column({ type: 'text', default: '' })
  descriptionFr: string;

  @Field()
  @Column({ type: 'text', default: '' })
  descriptionEn: string;

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
