import { AppConfig, SearchDocumentType } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import type { SearchIndexDefinition } from './search-index.definition';
import type { SearchType } from './search-type.enum';
import { companyIndex } from './company.index';
import { festivalIndex } from './festival.index';
import { personIndex } from './person.index';
import { schoolIndex } from './school.index';
import { siteIndex } from './site.index';

/** Every index this deployment maintains, and their names under SEARCH_INDEX_PREFIX. */
@Injectable()
export class SearchIndexes {
  readonly all = [
    personIndex,
    companyIndex,
    schoolIndex,
    siteIndex,
    festivalIndex,
  ] as unknown as readonly SearchIndexDefinition[];

  constructor(private readonly config: AppConfig) {}

  uid(definition: SearchIndexDefinition): string {
    return `${this.config.SEARCH_INDEX_PREFIX}${definition.name}`;
  }

  byDocumentType(type: SearchDocumentType): SearchIndexDefinition | undefined {
    return this.all.find((definition) => definition.documentType === type);
  }

  bySearchType(type: SearchType): SearchIndexDefinition | undefined {
    return this.all.find((definition) => definition.searchType === type);
  }

  byUid(uid: string): SearchIndexDefinition | undefined {
    return this.all.find((definition) => this.uid(definition) === uid);
  }
}
