import { graphql } from '../../gql';

export const EDITION = graphql(`
  query EditionDatesForm($id: ID!) {
    festivalEdition(id: $id) {
      id
      year
      startsOn
      endsOn
      marketName
      marketStartsOn
      marketEndsOn
      estimated
      accreditationDeadline
      submissionDeadline
      deadlinesSource
      festival {
        id
        slug
        name
      }
    }
  }
`);

export const SET_DATES = graphql(`
  mutation SetEditionDates($id: ID!, $input: EditionDatesInput!) {
    setEditionDates(id: $id, input: $input) {
      id
      startsOn
      endsOn
      marketStartsOn
      marketEndsOn
      estimated
      deadlines {
        kind
        date
        estimated
      }
    }
  }
`);

export const SET_DEADLINES = graphql(`
  mutation SetEditionDeadlinesForm($id: ID!, $input: EditionDeadlinesInput!) {
    setEditionDeadlines(id: $id, input: $input) {
      id
      accreditationDeadline
      submissionDeadline
      deadlinesSource
      deadlines {
        kind
        date
        estimated
      }
    }
  }
`);
