/**
 * Codes for the parts of a country that co-production agreements and funds name, used wherever a country code is
 * accepted by the matcher (a company's co-production profile `subdivision`, the agreements' `partner`).
 *
 * - FR-HDF, BE-BRU, BE-VLG, BE-WAL are ISO 3166-2 region codes (Hauts-de-France; Brussels-Capital, Flemish and
 *   Walloon Regions).
 * - BE-FWB is not an ISO code: ISO 3166-2 has no code for the Belgian Communities, and France's 2004 agreement is
 *   with the French Community of Belgium (Fédération Wallonie-Bruxelles), which covers French-speaking producers
 *   of Brussels and of Wallonia. It is kept distinct from BE-WAL (the Walloon Region, Wallimage's territory) so a
 *   Brussels producer has a code.
 */
export interface SubdivisionReference {
  code: string;
  /** ISO 3166-1 alpha-2 of the country it belongs to. */
  country: string;
  nameEn: string;
  nameFr: string;
  kind: 'REGION' | 'COMMUNITY';
  /** True for ISO 3166-2 codes. */
  iso: boolean;
  sources: string[];
}

export const SUBDIVISIONS: readonly SubdivisionReference[] = [
  {
    code: 'FR-HDF',
    country: 'FR',
    nameEn: 'Hauts-de-France',
    nameFr: 'Hauts-de-France',
    kind: 'REGION',
    iso: true,
    sources: ['https://www.iso.org/obp/ui/#iso:code:3166:FR'],
  },
  {
    code: 'BE-BRU',
    country: 'BE',
    nameEn: 'Brussels-Capital Region',
    nameFr: 'Région de Bruxelles-Capitale',
    kind: 'REGION',
    iso: true,
    sources: ['https://www.iso.org/obp/ui/#iso:code:3166:BE'],
  },
  {
    code: 'BE-VLG',
    country: 'BE',
    nameEn: 'Flemish Region',
    nameFr: 'Région flamande',
    kind: 'REGION',
    iso: true,
    sources: ['https://www.iso.org/obp/ui/#iso:code:3166:BE'],
  },
  {
    code: 'BE-WAL',
    country: 'BE',
    nameEn: 'Walloon Region (Wallonia)',
    nameFr: 'Région wallonne',
    kind: 'REGION',
    iso: true,
    sources: ['https://www.iso.org/obp/ui/#iso:code:3166:BE'],
  },
  {
    code: 'BE-FWB',
    country: 'BE',
    nameEn: 'French Community of Belgium (Fédération Wallonie-Bruxelles)',
    nameFr: 'Fédération Wallonie-Bruxelles (Communauté française de Belgique)',
    kind: 'COMMUNITY',
    iso: false,
    sources: ['http://merlin.obs.coe.int/article.php?id=12334'],
  },
];

export const SUBDIVISION_CODES: readonly string[] = SUBDIVISIONS.map((s) => s.code);

/** The subdivision of a code, if it is one. */
export const subdivisionOf = (code: string): SubdivisionReference | undefined =>
  SUBDIVISIONS.find((s) => s.code === code.trim().toUpperCase());
