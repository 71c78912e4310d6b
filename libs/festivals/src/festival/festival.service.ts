import {
  ConnectionShape,
  pageRequest,
  toConnection,
  findByLookup,
  Lookup,
  frenchOrder,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FestivalsArgs } from './dto/festival.args';
import { Festival } from './festival.entity';

@Injectable()
export class FestivalService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(args: FestivalsArgs): Promise<ConnectionShape<Festival>> {
    const page = pageRequest(args);
    const query = this.dataSource
      .getRepository(Festival)
      .createQueryBuilder('festival')
      .orderBy(frenchOrder('festival.name'), 'ASC')
      .addOrderBy('festival.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit);
    if (args.kinds?.length) query.where('festival.kinds && :kinds', { kinds: args.kinds });
    const [rows, total] = await query.getManyAndCount();
    return toConnection(rows, total, page);
  }

  async findOne(lookup: Lookup): Promise<Festival> {
    return findByLookup(this.dataSource.getRepository(Festival), lookup, 'Festival');
  }
}
