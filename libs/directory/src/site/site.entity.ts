import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'A flagship site of the image cluster, where companies and schools are tenants' })
@Entity()
@Check('site_lat_check', 'lat BETWEEN -90 AND 90')
@Check('site_lng_check', 'lng BETWEEN -180 AND 180')
export class Site {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 80, unique: true })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  city: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  address: string | null;

  @Field({ description: 'False while the street address comes from unconfirmed listings' })
  @Column({ type: 'boolean', default: false })
  addressVerified: boolean;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  lat: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  lng: number;

  @Field({
    description:
      'True when the coordinates are not a sourced point of the site itself (a commune value or an unsourced estimate)',
  })
  @Column({ type: 'boolean', default: true })
  coordinatesApproximate: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Where the site-level coordinates come from; null when unsourced',
  })
  @Column({ type: 'text', nullable: true })
  coordinatesSource: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The year the figures in the description (companies, workers, schools) were published for',
  })
  @Column({ type: 'smallint', nullable: true })
  figuresYear: number | null;

  @Field()
  @Column({ type: 'text' })
  descriptionFr: string;

  @Field()
  @Column({ type: 'text' })
  descriptionEn: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  facilities: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  website: string | null;

  @Field(() => [String], { description: 'Where the facts about this site come from' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources: string[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Boolean, { description: 'Always false: reference data, never demo' })
  get isDemo(): boolean {
    return false;
  }
}
