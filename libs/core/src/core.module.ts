import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { OutboxEntry } from './outbox/outbox-entry.entity';
import { OutboxWriter } from './outbox/outbox.writer';
import { NotificationWriter } from './notifications/notification.writer';
import { MailBacklogReader } from './notifications/notification-backlog';
import { PersonalDataRegistry } from './personal-data/personal-data.registry';

@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [ConfigModule.forRoot(config), DiscoveryModule, TypeOrmModule.forFeature([OutboxEntry])],
      providers: [OutboxWriter, NotificationWriter, MailBacklogReader, PersonalDataRegistry],
      exports: [OutboxWriter, NotificationWriter, MailBacklogReader, PersonalDataRegistry],
    };
  }
}
