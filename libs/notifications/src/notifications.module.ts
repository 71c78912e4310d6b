import { Module } from '@nestjs/common';
import { BouncesResolver } from './bounces/bounces.resolver';
import { DigestJob } from './digest/digest.job';
import { NotificationPersonalData } from './personal-data/notification-personal-data';
import { InboxResolver } from './inbox/inbox.resolver';
import { InboxService } from './inbox/inbox.service';
import { PreferencesResolver } from './preferences/preferences.resolver';
import { PreferencesService } from './preferences/preferences.service';
import { NotificationSender } from './sender/notification-sender.service';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';

/** Delivers the notifications that domain libs write through core's NotificationWriter. */
@Module({
  providers: [
    NotificationSender,
    DigestJob,
    InboxService,
    InboxResolver,
    PreferencesService,
    PreferencesResolver,
    BouncesResolver,
    NotificationPersonalData,
  ],
  controllers: [UnsubscribeController],
  exports: [NotificationSender, DigestJob],
})
export class NotificationsModule {}
