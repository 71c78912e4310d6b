import { Public } from '@crossroads/auth';
import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Commune } from '../commune/commune.entity';
import { Craft, Department } from './craft.entity';

@ArgsType()
class CraftsArgs {
  @Field(() => String, { nullable: true, description: 'Only this department' })
  @IsOptional()
  @Matches(/^[a-z0-9-]+$/)
  @MaxLength(60)
  department?: string;
}

/** The bilingual taxonomy and the communes: reference data, public. */
@Resolver()
export class CraftResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Query(() => [Craft], {
    description: 'Job titles with French and English labels, synonyms and abbreviations',
  })
  crafts(@Args() { department }: CraftsArgs): Promise<Craft[]> {
    return this.dataSource.getRepository(Craft).find({
      where: department ? { departmentSlug: department } : {},
      order: { departmentSlug: 'ASC', slug: 'ASC' },
    });
  }

  @Public()
  @Query(() => [Department])
  departments(): Promise<Department[]> {
    return this.dataSource.getRepository(Department).find({ order: { slug: 'ASC' } });
  }

  @Public()
  @Query(() => [Commune], { description: 'Communes of the region, for "near" searches' })
  communes(): Promise<Commune[]> {
    return this.dataSource.getRepository(Commune).find({ order: { name: 'ASC' } });
  }
}
