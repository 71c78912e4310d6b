import { CoproductionModule } from '@crossroads/coproduction';
import { DirectoryModule } from '@crossroads/directory';
import { FestivalsModule } from '@crossroads/festivals';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health/health.controller';
import { IndexSettingsService } from './indexes/index-settings.service';
import { SearchIndexes } from './indexes/search-indexes';
import { ReconcileService } from './maintenance/reconcile.service';
import { ReindexService } from './maintenance/reindex.service';
import { meiliClientProvider, meiliSearchClientProvider } from './meili/meili.client';
import { MeiliKeyCheck } from './meili/meili-key-check';
import { SearchResolver } from './query/search.resolver';
import { SearchService } from './query/search.service';
import { DocumentSync } from './relay/document-sync';
import { OutboxBacklogReader } from './relay/outbox-backlog';
import { OutboxRelay } from './relay/outbox-relay.service';

@Module({
  imports: [DirectoryModule, FestivalsModule, CoproductionModule, TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [
    meiliClientProvider,
    meiliSearchClientProvider,
    MeiliKeyCheck,
    SearchIndexes,
    IndexSettingsService,
    DocumentSync,
    OutboxRelay,
    OutboxBacklogReader,
    ReindexService,
    ReconcileService,
    SearchService,
    SearchResolver,
  ],
  exports: [
    meiliClientProvider,
    SearchIndexes,
    OutboxRelay,
    ReindexService,
    ReconcileService,
    OutboxBacklogReader,
  ],
})
export class SearchModule {}
