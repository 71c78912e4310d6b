export * from './demo-personas';
export * from './demo-persona-seeder';
