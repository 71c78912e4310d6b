export * from './notifications.module';
export * from './sender/notification-sender.service';
export * from './mail/unsubscribe-token';
export * from './templates/render';
export * from './digest/digest.job';
export * from './digest/digest-kind';
