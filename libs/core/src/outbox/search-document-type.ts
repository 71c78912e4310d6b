/** The kinds of search documents. Domain libs name the documents their changes affect; `search` indexes them. */
export const SEARCH_DOCUMENT_TYPES = ['site', 'person', 'company', 'school', 'project', 'festival'] as const;
export type SearchDocumentType = (typeof SEARCH_DOCUMENT_TYPES)[number];
