import { ANONYMOUS, Viewer } from '@crossroads/auth';
import { Visibility } from '../shared/directory.enums';
import { canList, canSee } from './person-visibility';

const member: Viewer = { level: 'MEMBER', userId: 'u1', personId: 'someone-else' };
const staff: Viewer = { level: 'STAFF', userId: 'u2', personId: null };
const owner: Viewer = { level: 'MEMBER', userId: 'u3', personId: 'p1' };

const person = (visibility: Record<string, Visibility>, consentDirectory = true) => ({
  id: 'p1',
  visibility,
  consentDirectory,
});

describe('person visibility', () => {
  it.each([
    ['email', Visibility.PUBLIC, ANONYMOUS, false],
    ['phone', Visibility.PUBLIC, ANONYMOUS, false],
    ['email', Visibility.PUBLIC, member, true],
    ['email', Visibility.MEMBERS, member, true],
    ['email', Visibility.STAFF, member, false],
    ['email', Visibility.STAFF, staff, true],
    ['email', Visibility.STAFF, owner, true],
    ['links', Visibility.PUBLIC, ANONYMOUS, true],
    ['links', Visibility.MEMBERS, ANONYMOUS, false],
    ['availability', Visibility.STAFF, member, false],
    ['availability', Visibility.PUBLIC, ANONYMOUS, true],
  ] as const)('%s set to %s: visible to %j is %s', (detail, setting, viewer, expected) => {
    expect(canSee(viewer, person({ [detail]: setting }), detail)).toBe(expected);
  });

  it('applies defaults: email to members, phone to staff, links and availability to everyone', () => {
    expect(canSee(ANONYMOUS, person({}), 'email')).toBe(false);
    expect(canSee(member, person({}), 'email')).toBe(true);
    expect(canSee(member, person({}), 'phone')).toBe(false);
    expect(canSee(ANONYMOUS, person({}), 'links')).toBe(true);
    expect(canSee(ANONYMOUS, person({}), 'availability')).toBe(true);
  });

  it('hides profiles without directory consent from anonymous readers only', () => {
    expect(canList(ANONYMOUS, person({}, false))).toBe(false);
    expect(canList(member, person({}, false))).toBe(true);
    expect(canList(ANONYMOUS, person({}, true))).toBe(true);
  });
});
