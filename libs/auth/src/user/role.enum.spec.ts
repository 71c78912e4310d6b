import { hasAnyRole, Role } from './role.enum';

describe('roles', () => {
  it.each([
    [[Role.ADMIN], [Role.STAFF], true],
    [[Role.ADMIN], [Role.MEMBER], true],
    [[Role.STAFF], [Role.MEMBER], true],
    [[Role.STAFF], [Role.ADMIN], false],
    [[Role.MEMBER], [Role.STAFF], false],
    [[], [Role.MEMBER], false],
    [[Role.MEMBER], [Role.STAFF, Role.MEMBER], true],
  ])('%j satisfies %j: %s', (held, required, expected) => {
    expect(hasAnyRole(held, required)).toBe(expected);
  });
});
