import { CoproductionModule } from '@crossroads/coproduction';
import { DirectoryModule } from '@crossroads/directory';
import { Module } from '@nestjs/common';
import { CompaniesImport } from './definitions/companies.import';
import { PeopleImport } from './definitions/people.import';
import { ProjectsImport } from './definitions/projects.import';
import { SchoolsImport } from './definitions/schools.import';
import { ExportService } from './export/export.service';
import { ImportService } from './import/import.service';

/** Spreadsheet import and streaming export of the directory and co-production projects, shared by the CLI and the HTTP endpoint. */
@Module({
  imports: [DirectoryModule, CoproductionModule],
  providers: [PeopleImport, CompaniesImport, SchoolsImport, ProjectsImport, ImportService, ExportService],
  exports: [ImportService, ExportService],
})
export class TransferModule {}
