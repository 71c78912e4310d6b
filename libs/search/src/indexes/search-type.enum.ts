import { registerEnumType } from '@nestjs/graphql';

export enum SearchType {
  PERSON = 'PERSON',
  COMPANY = 'COMPANY',
  SCHOOL = 'SCHOOL',
  SITE = 'SITE',
  PROJECT = 'PROJECT',
  FESTIVAL = 'FESTIVAL',
}

registerEnumType(SearchType, { name: 'SearchType', description: 'The kinds of things search finds' });
