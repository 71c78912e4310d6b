export * from './demo-types';
export * from './demo-scale';
export * from './demo-random';
export { monthAfter } from './demo-days';
export { distanceKm } from './demo-context';
export * from './demo-plan';
export * from './demo-seeder';
export * from './demo-seed';
