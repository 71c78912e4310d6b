import { judge } from '../scorer.fixtures';
import { ROLES } from './roles.criterion';

describe('ROLES', () => {
  it('gives the share of the roles sought that are offered, and names them', () => {
    expect(judge(ROLES, {}, { rolesOffered: ['SALES_AGENT'] })).toEqual({
      share: 0.5,
      reason: { code: 'ROLES_SOME', params: { count: 1, total: 2, offered: ['SALES_AGENT'] } },
      missing: [],
    });
    expect(judge(ROLES).share).toBe(1);
  });

  it('counts a role sought twice once', () => {
    const change = { rolesSought: ['SALES_AGENT', 'SALES_AGENT', 'DISTRIBUTOR'] } as const;
    expect(judge(ROLES, { rolesSought: [...change.rolesSought] }, { rolesOffered: ['DISTRIBUTOR'] })).toEqual(
      {
        share: 0.5,
        reason: { code: 'ROLES_SOME', params: { count: 1, total: 2, offered: ['DISTRIBUTOR'] } },
        missing: [],
      },
    );
  });

  it('names the roles sought when none is offered', () => {
    expect(judge(ROLES, {}, { rolesOffered: ['SERVICE_VFX'] })).toEqual({
      share: 0,
      reason: { code: 'ROLES_NONE', params: { sought: ['MINORITY_COPRODUCER', 'SALES_AGENT'] } },
      missing: [],
    });
  });

  it.each([
    ['no role offered', {}, { rolesOffered: [] }, ['PARTNER_ROLES']],
    ['no role sought', { rolesSought: [] }, {}, ['PROJECT_ROLES']],
  ])('reports missing data: %s', (_label, projectChange, partnerChange, missing) => {
    expect(judge(ROLES, projectChange, partnerChange)).toEqual({
      share: 0,
      reason: { code: 'ROLES_UNKNOWN', params: {} },
      missing,
    });
  });
});
