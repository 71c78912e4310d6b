import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: "A commune of the region, for 'near' searches" })
@Entity()
export class Commune {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 120, unique: true })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 10 })
  postcode: string;

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
