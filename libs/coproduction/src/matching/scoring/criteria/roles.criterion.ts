import { reasonCode } from '../../reason-code';
import { missingSides, type ScoringCriterion } from '../criterion';

/** ROLES: the share of the roles the project seeks that the partner offers. */
export const ROLES: ScoringCriterion = {
  key: 'ROLES',
  maxPoints: 15,
  share({ roles }, partner) {
    if (roles.length === 0 || partner.rolesOffered.length === 0) return 0;
    let offered = 0;
    for (const role of roles) if (partner.rolesOffered.includes(role)) offered++;
    return offered / roles.length;
  },
  explain({ roles }, partner, share) {
    const missing = missingSides(roles, 'PROJECT_ROLES', partner.rolesOffered, 'PARTNER_ROLES');
    if (missing.length > 0) return { reason: reasonCode('ROLES_UNKNOWN'), missing };
    if (share === 0) return { reason: reasonCode('ROLES_NONE', { sought: [...roles] }), missing };
    const offered = roles.filter((r) => partner.rolesOffered.includes(r));
    return {
      reason: reasonCode('ROLES_SOME', { count: offered.length, total: roles.length, offered }),
      missing,
    };
  },
};
