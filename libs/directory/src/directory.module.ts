import { Module } from '@nestjs/common';
import { SiteModule } from './site/site.module';

@Module({ imports: [SiteModule], exports: [SiteModule] })
export class DirectoryModule {}
