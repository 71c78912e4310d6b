/** An edition as the feeds show it; dates are YYYY-MM-DD (PostgreSQL `date`s, no time zone). */
export interface CalendarEditionRow {
  id: string;
  year: number;
  startsOn: string;
  endsOn: string;
  marketName: string | null;
  marketStartsOn: string | null;
  marketEndsOn: string | null;
  accreditationDeadline: string | null;
  submissionDeadline: string | null;
  estimated: boolean;
  cancelled: boolean;
  festivalName: string;
  festivalSlug: string;
  city: string;
  country: string;
  /**
   * The events' SEQUENCE: the festival's and the edition's calendar revisions added up (each grows when what the
   * events show changes, so the sum only grows).
   */
  sequence: number;
}

/** A delegation the member is confirmed in, over its edition's dates. */
export interface CalendarDelegationRow {
  delegationId: string;
  name: string;
  editionId: string;
  festivalName: string;
  festivalSlug: string;
  year: number;
  startsOn: string;
  endsOn: string;
  /** The edition was cancelled: the event stays, marked cancelled. */
  cancelled: boolean;
  /** The delegation's, edition's and festival's calendar revisions added up. */
  sequence: number;
}

export type CalendarLang = 'fr' | 'en';
