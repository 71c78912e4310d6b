import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DeadlineKind {
  ACCREDITATION = 'ACCREDITATION',
  SUBMISSION = 'SUBMISSION',
  MARKET_OPENS = 'MARKET_OPENS',
  EDITION_OPENS = 'EDITION_OPENS',
}

registerEnumType(DeadlineKind, {
  name: 'DeadlineKind',
  description: 'Dates to prepare for: accreditation and submission deadlines, then the opening days',
});

@ObjectType({ description: 'A dated step of an edition' })
export class EditionDeadline {
  @Field(() => DeadlineKind)
  kind: DeadlineKind;

  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field({ description: "True when the edition's dates are estimated" })
  estimated: boolean;
}

export interface DatedEdition {
  startsOn: string;
  marketStartsOn: string | null;
  accreditationDeadline: string | null;
  submissionDeadline: string | null;
  estimated: boolean;
  cancelled: boolean;
}

/** The known dated steps of an edition, earliest first; none for a cancelled edition. */
export function editionDeadlines(edition: DatedEdition): EditionDeadline[] {
  if (edition.cancelled) return [];
  const steps: [DeadlineKind, string | null][] = [
    [DeadlineKind.ACCREDITATION, edition.accreditationDeadline],
    [DeadlineKind.SUBMISSION, edition.submissionDeadline],
    [DeadlineKind.MARKET_OPENS, edition.marketStartsOn],
    [DeadlineKind.EDITION_OPENS, edition.startsOn],
  ];
  return steps
    .filter((step): step is [DeadlineKind, string] => step[1] !== null)
    .map(([kind, date]) => ({ kind, date, estimated: edition.estimated }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

@ObjectType({ description: 'A coming step of an edition the viewer follows' })
export class UpcomingDeadline extends EditionDeadline {
  @Field(() => Int, { description: 'Days from today (0 = today)' })
  daysLeft: number;

  editionId: string;
}
