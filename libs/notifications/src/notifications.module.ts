import { Module } from '@nestjs/common';
import { DigestJob } from './digest/digest.job';
import { NotificationSender } from './sender/notification-sender.service';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';

/** Delivers the notifications that domain libs write through core's NotificationWriter. */
@Module({
  providers: [NotificationSender, DigestJob],
  controllers: [UnsubscribeController],
  exports: [NotificationSender, DigestJob],
})
export class NotificationsModule {}
