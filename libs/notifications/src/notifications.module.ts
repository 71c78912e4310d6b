import { Module } from '@nestjs/common';
import { NotificationSender } from './sender/notification-sender.service';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';

/** Delivers the notifications that domain libs write through core's NotificationWriter. */
@Module({
  providers: [NotificationSender],
  controllers: [UnsubscribeController],
  exports: [NotificationSender],
})
export class NotificationsModule {}
