import type { ColumnSpec } from '../import/import-definition';

/** The website column, the same for every type that has one. */
export const websiteColumn = (example: string): ColumnSpec => ({
  name: 'website',
  aliases: ['site_web', 'site_internet', 'web', 'url'],
  help: 'http(s) URL',
  example,
});

/** The bilingual description columns of companies and schools. */
export const DESCRIPTION_COLUMNS: readonly ColumnSpec[] = [
  { name: 'description_fr', aliases: ['description', 'presentation'], help: 'In French', example: '' },
  {
    name: 'description_en',
    aliases: ['description_anglais', 'description_english'],
    help: 'In English',
    example: '',
  },
];

/** The postcode and coordinates after the city, for people and companies. */
export const LOCATION_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'postcode',
    aliases: ['code_postal', 'cp', 'zip', 'postal_code'],
    help: 'Postcode',
    example: '59200',
  },
  { name: 'lat', aliases: ['latitude'], help: 'Latitude (with lng)', example: '50.72' },
  { name: 'lng', aliases: ['longitude', 'lon'], help: 'Longitude (with lat)', example: '3.16' },
];
