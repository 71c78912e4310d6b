import { AuthModule } from '@crossroads/auth';
import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimResolver } from './claim/claim.resolver';
import { ClaimService } from './claim/claim.service';
import { PersonClaim } from './claim/person-claim.entity';
import { Commune } from './commune/commune.entity';
import { Company } from './company/company.entity';
import { CompanyResolver } from './company/company.resolver';
import { CompanyService } from './company/company.service';
import { CompanyBulkWriter } from './company/company.bulk-writer';
import { Craft, Department } from './craft/craft.entity';
import { CraftResolver } from './craft/craft.resolver';
import { DirectoryLoaders } from './loaders/directory-loaders';
import {
  Affiliation,
  Availability,
  Credit,
  PersonCraft,
  PersonLanguage,
} from './person/person-details.entity';
import { Person } from './person/person.entity';
import { PersonPersonalData } from './person/person-personal-data';
import { PersonResolver } from './person/person.resolver';
import { PersonService } from './person/person.service';
import { PersonBulkWriter } from './person/person.bulk-writer';
import { MembershipResolver } from './membership/membership.resolver';
import { MembershipService } from './membership/membership.service';
import { Programme } from './programme/programme.entity';
import { ReferenceDataService } from './reference/reference-data.service';
import { School } from './school/school.entity';
import { ProgrammeResolver, SchoolResolver } from './school/school.resolver';
import { SchoolService } from './school/school.service';
import { SchoolBulkWriter } from './school/school.bulk-writer';
import { Site } from './site/site.entity';
import { SiteResolver } from './site/site.resolver';
import { MapSettingsResolver } from './site/map-settings.resolver';
import { SiteService } from './site/site.service';

export const DIRECTORY_ENTITIES = [
  Site,
  Department,
  Craft,
  Commune,
  School,
  Programme,
  Company,
  Person,
  PersonCraft,
  PersonLanguage,
  Credit,
  Availability,
  Affiliation,
  PersonClaim,
];

/** People, companies, schools and programmes, sites, and the crafts taxonomy. */
@Module({
  imports: [AuthModule, TypeOrmModule.forFeature(DIRECTORY_ENTITIES)],
  providers: [
    DirectoryLoaders,
    ReferenceDataService,
    SiteService,
    SiteResolver,
    MapSettingsResolver,
    CraftResolver,
    PersonService,
    PersonResolver,
    PersonPersonalData,
    CompanyService,
    CompanyResolver,
    SchoolService,
    SchoolResolver,
    ProgrammeResolver,
    ClaimService,
    ClaimResolver,
    MembershipService,
    MembershipResolver,
    PersonBulkWriter,
    CompanyBulkWriter,
    SchoolBulkWriter,
  ],
  exports: [
    MembershipService,
    SiteService,
    PersonService,
    CompanyService,
    SchoolService,
    DirectoryLoaders,
    PersonBulkWriter,
    CompanyBulkWriter,
    SchoolBulkWriter,
  ],
})
export class DirectoryModule implements OnApplicationBootstrap {
  constructor(private readonly referenceData: ReferenceDataService) {}

  /** Reference data is real and the same everywhere: brought up to date at every boot. */
  async onApplicationBootstrap(): Promise<void> {
    await this.referenceData.apply();
  }
}
