import { Module } from '@nestjs/common';
import { TransferModule } from '../transfer.module';
import { ImportController } from './import.controller';

/** The HTTP route of imports, for the API (the CLI uses TransferModule alone). */
@Module({ imports: [TransferModule], controllers: [ImportController] })
export class TransferHttpModule {}
