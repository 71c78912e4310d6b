import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it('turns class and property names into snake_case', () => {
    expect(strategy.tableName('OutboxEntry', undefined)).toBe('outbox_entry');
    expect(strategy.columnName('availableAt', undefined, [])).toBe('available_at');
    expect(strategy.columnName('lat', undefined, ['geo'])).toBe('geo_lat');
    expect(strategy.joinColumnName('site', 'id')).toBe('site_id');
  });

  it('keeps explicit names', () => {
    expect(strategy.tableName('Site', 'sites')).toBe('sites');
    expect(strategy.columnName('x', 'custom_x', [])).toBe('custom_x');
  });
});
