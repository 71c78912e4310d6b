export * from './demo-plan';
export * from './demo-seeder';
