import { graphql } from '../gql';

export const MAP_TILE_URL = graphql(`
  query MapTileUrl {
    mapTileUrl
  }
`);
