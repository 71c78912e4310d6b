export * from './delegations.module';
export * from './delegation/delegation.enums';
export * from './delegation/delegation.entity';
export * from './member/delegation-member.entity';
export * from './history/delegation-event.entity';
export * from './member/brochure-reminders.job';
export * from './invitation/invitees';
