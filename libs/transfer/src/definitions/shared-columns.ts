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
