export * from './calendar.module';
export * from './ics/build-calendar';
export * from './ics/calendar-rows';
