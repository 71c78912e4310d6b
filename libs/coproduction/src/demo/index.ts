export * from './demo-plan';
export * from './demo-seeder';
export * from './seed-demo';
