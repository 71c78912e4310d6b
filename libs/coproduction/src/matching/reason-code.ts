/** A reason as data, shared by the scorer (which finds it) and wording/ (which words it). */

export type ReasonParam = string | number | boolean | null | string[] | ReasonCode[] | AgreementParam[];

export interface AgreementParam {
  /** The agreement's English reference name. */
  name: string;
  /** The partner side of the agreement, e.g. 'DE', 'BE-WAL'. */
  partner: string;
  signed: number | null;
}

/** A stable code and its parameters (enum values, numbers, country codes, nested codes). */
export interface ReasonCode {
  code: string;
  params: Record<string, ReasonParam>;
}

export const reasonCode = (code: string, params: Record<string, ReasonParam> = {}): ReasonCode => ({
  code,
  params,
});

/** Data that would change a score. */
export type MissingCode =
  | 'PROJECT_BUDGET'
  | 'PARTNER_BUDGET'
  | 'PROJECT_GENRES'
  | 'PARTNER_GENRES'
  | 'PARTNER_FORMATS'
  | 'PROJECT_ROLES'
  | 'PARTNER_ROLES'
  | 'PROJECT_LANGUAGES'
  | 'PARTNER_LANGUAGES'
  | 'PARTNER_COUNTRY'
  | 'PARTNER_TRACK_RECORD'
  | 'PARTNER_ATTENDANCE'
  | 'PROJECT_FINANCING';
