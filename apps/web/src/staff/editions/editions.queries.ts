import { graphql } from '../../gql';

/** What the staff's dates and deadlines forms edit, read when they open and again from each correction. */
graphql(`
  fragment EditionDatesForm on FestivalEdition {
    id
    startsOn
    endsOn
    estimated
    marketName
    ...EditionSchedule
    accreditationDeadline
    submissionDeadline
  }
`);

export const EDITION = graphql(`
  query EditionDatesForm($id: ID!) {
    festivalEdition(id: $id) {
      ...EditionSummary
      ...EditionDatesForm
    }
  }
`);

export const SET_DATES = graphql(`
  mutation SetEditionDates($id: ID!, $input: EditionDatesInput!) {
    setEditionDates(id: $id, input: $input) {
      ...EditionDatesForm
    }
  }
`);

export const SET_DEADLINES = graphql(`
  mutation SetEditionDeadlinesForm($id: ID!, $input: EditionDeadlinesInput!) {
    setEditionDeadlines(id: $id, input: $input) {
      ...EditionDatesForm
    }
  }
`);
