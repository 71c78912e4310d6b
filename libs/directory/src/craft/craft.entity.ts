import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A department of the trade (camera, sound, animation…)' })
@Entity()
export class Department {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 60 })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  labelFr: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  labelEn: string;
}

@ObjectType({ description: 'A job title of film, TV, animation, games or XR, in French and English' })
@Entity()
export class Craft {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 80 })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 60 })
  departmentSlug: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  labelFr: string;

  @Field({ description: 'The French feminine title (réalisatrice, cheffe opératrice du son)' })
  @Column({ type: 'varchar', length: 160, nullable: true })
  labelFrFeminine: string;

  @Field(() => String, {
    nullable: true,
    description: 'The French inclusive title (réalisateur·rice), where usage has one',
  })
  @Column({ type: 'varchar', length: 160, nullable: true })
  labelFrInclusive: string | null;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  labelEn: string;

  @Field(() => [String], { description: 'Other names and abbreviations the trade uses (DoP, chef op…)' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  synonyms: string[];
}
