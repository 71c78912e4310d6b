import { DirectoryModule } from '@crossroads/directory';
import { Module } from '@nestjs/common';
import { CompaniesImport } from './definitions/companies.import';
import { PeopleImport } from './definitions/people.import';
import { SchoolsImport } from './definitions/schools.import';
import { ExportService } from './export/export.service';
import { ImportService } from './import/import.service';

/** Spreadsheet import and streaming export of the directory, shared by the CLI and the HTTP endpoint. */
@Module({
  imports: [DirectoryModule],
  providers: [PeopleImport, CompaniesImport, SchoolsImport, ImportService, ExportService],
  exports: [ImportService, ExportService],
})
export class TransferModule {}
