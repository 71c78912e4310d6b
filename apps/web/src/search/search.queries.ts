import { graphql } from '../gql';

export const SEARCH = graphql(`
  query Search($input: SearchInput!, $withFacets: Boolean!, $withHits: Boolean!) {
    search(input: $input) {
      totalHits
      processingTimeMs
      pageInfo @include(if: $withHits) {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      facets @include(if: $withFacets) {
        name
        values {
          value
          count
        }
      }
      hits @include(if: $withHits) {
        id
        type
        slug
        title
        subtitle
        highlight
        distanceKm
        lat
        lng
        isDemo
      }
    }
  }
`);

export const SEARCH_LOOKUPS = graphql(`
  query SearchLookups {
    crafts {
      slug
      labelFr
      labelEn
    }
    sites {
      edges {
        node {
          slug
          name
          lat
          lng
        }
      }
    }
    communes {
      id
      name
      postcode
      lat
      lng
    }
  }
`);
