import { AppConfig, CoreModule, databaseOptions } from '@crossroads/core';
import { SearchModule } from '@crossroads/search';
import { TransferModule } from '@crossroads/transfer';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

/** The domain and search modules without HTTP or GraphQL, for commands. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        CoreModule.forRoot(config),
        TypeOrmModule.forRoot({ ...databaseOptions(config.databaseUrl, [], 4), autoLoadEntities: true }),
        SearchModule,
        TransferModule,
      ],
    };
  }
}
