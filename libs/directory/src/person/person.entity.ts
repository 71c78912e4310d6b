import { Field, Float, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonKind, TitleForm, Visibility } from '../shared/directory.enums';

/** The personal details a person chooses the audience of. Contact details never reach anonymous readers. */
export interface PersonVisibilitySettings {
  email: Visibility;
  phone: Visibility;
  links: Visibility;
  availability: Visibility;
}

export const DEFAULT_VISIBILITY: PersonVisibilitySettings = {
  email: Visibility.MEMBERS,
  phone: Visibility.STAFF,
  links: Visibility.PUBLIC,
  availability: Visibility.PUBLIC,
};

/**
 * A professional, actor, entrepreneur or student. Fields marked @HideField are personal details: the resolver
 * exposes them according to the viewer and the person's visibility settings.
 */
@ObjectType()
@Entity()
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 80 })
  firstName: string;

  @Field()
  @Column({ type: 'varchar', length: 80 })
  lastName: string;

  @Field(() => [PersonKind])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  kinds: PersonKind[];

  @Field(() => TitleForm, {
    description:
      'How the person chose to have their job titles written in French (INCLUSIVE until they choose)',
  })
  @Column({ type: 'varchar', length: 10, default: TitleForm.INCLUSIVE })
  titleForm: TitleForm;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  headline: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  bioFr: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  bioEn: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Field(() => Int, { nullable: true, description: 'How far they travel for work, in km' })
  @Column({ type: 'integer', nullable: true })
  mobilityKm: number | null;

  @HideField()
  @Column({ type: 'uuid', nullable: true })
  siteId: string | null;

  @HideField()
  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @HideField()
  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  graduationYear: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  playingAgeMin: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  playingAgeMax: number | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  accents: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  specialSkills: string[];

  @HideField()
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @HideField()
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @HideField()
  @Column({ type: 'varchar', length: 255, nullable: true })
  website: string | null;

  @HideField()
  @Column({ type: 'varchar', length: 255, nullable: true })
  showreelUrl: string | null;

  @HideField()
  @Column({ type: 'varchar', length: 255, nullable: true })
  filmographyUrl: string | null;

  @HideField()
  @Column({ type: 'jsonb', default: () => "'{}'" })
  visibility: Partial<PersonVisibilitySettings>;

  @Field({ description: 'Appears in the public directory and in search' })
  @Column({ type: 'boolean', default: true })
  consentDirectory: boolean;

  @Field({ description: 'May appear in delegation brochures' })
  @Column({ type: 'boolean', default: false })
  consentBrochure: boolean;

  @Field({ description: 'Checked by the agency' })
  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  lastReviewedOn: string | null;

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
