export * from './demo-plan';
export * from './demo-seeder';
export * from './demo-seed';
