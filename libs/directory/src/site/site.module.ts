import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Site } from './site.entity';
import { SiteResolver } from './site.resolver';
import { SiteService } from './site.service';

@Module({
  imports: [TypeOrmModule.forFeature([Site])],
  providers: [SiteService, SiteResolver],
  exports: [SiteService],
})
export class SiteModule implements OnApplicationBootstrap {
  constructor(private readonly sites: SiteService) {}

  /** Reference data is real and the same everywhere: it is brought up to date at every boot. */
  async onApplicationBootstrap(): Promise<void> {
    await this.sites.applyReferenceData();
  }
}
