export * from './demo-personas';
