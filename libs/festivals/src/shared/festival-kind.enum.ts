import { registerEnumType } from '@nestjs/graphql';

export enum FestivalKind {
  FILM_FESTIVAL = 'FILM_FESTIVAL',
  MARKET = 'MARKET',
  COPRODUCTION_FORUM = 'COPRODUCTION_FORUM',
  ANIMATION = 'ANIMATION',
  SERIES = 'SERIES',
  DOCUMENTARY = 'DOCUMENTARY',
  SHORT_FILM = 'SHORT_FILM',
  GAMES = 'GAMES',
  IMMERSIVE = 'IMMERSIVE',
  TV = 'TV',
}

registerEnumType(FestivalKind, { name: 'FestivalKind', description: 'What a festival or market is about' });
