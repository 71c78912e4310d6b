import { Public } from '@crossroads/auth';
import { AppConfig } from '@crossroads/core';
import { Query, Resolver } from '@nestjs/graphql';

/** What the web app's maps need from the configuration. */
@Resolver()
export class MapSettingsResolver {
  constructor(private readonly config: AppConfig) {}

  @Public()
  @Query(() => String, {
    description: 'Map tile URL template ({z}/{x}/{y}), MAP_TILE_URL; OpenStreetMap by default',
  })
  mapTileUrl(): string {
    return this.config.MAP_TILE_URL;
  }
}
