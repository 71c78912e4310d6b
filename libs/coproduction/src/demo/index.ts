export * from './demo-plan';
export * from './demo-types';
export * from './demo-seeder';
export * from './seed-demo';
