import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: "A commune of the region, for 'near' searches" })
@Entity()
export class Commune {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "INSEE code (code officiel géographique), e.g. '59599' for Tourcoing" })
  @Column({ type: 'varchar', length: 5, unique: true })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 120, unique: true })
  name: string;

  @Field({
    description: 'COMMUNE, or ASSOCIATED / DELEGATED for a commune associée / déléguée of parentCode',
  })
  @Column({ type: 'varchar', length: 12, default: 'COMMUNE' })
  type: string;

  @Field(() => String, {
    nullable: true,
    description:
      'INSEE code of the commune an associated or delegated commune belongs to (Lomme: Lille, 59350)',
  })
  @Column({ type: 'varchar', length: 5, nullable: true })
  parentCode: string | null;

  @Field({ description: 'The main postcode' })
  @Column({ type: 'varchar', length: 10 })
  postcode: string;

  @Field(() => [String], { description: 'Every postcode the official data lists for the commune' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  postcodes: string[];

  @Field({ description: 'False when the main postcode is not listed for this commune in the official data' })
  @Column({ type: 'boolean', default: false })
  postcodeVerified: boolean;

  @Field()
  @Column({ type: 'varchar', length: 3 })
  department: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  lat: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  lng: number;

  @Field({ description: 'False when the coordinates are not sourced yet' })
  @Column({ type: 'boolean' })
  verified: boolean;

  @Field()
  @Column({ type: 'text' })
  source: string;
}
