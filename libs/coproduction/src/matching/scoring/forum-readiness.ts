import { FORUM_ENTRY_RULES } from '../../reference/coproduction-agreements.reference';
import { reasonCode, type MissingCode, type ReasonCode } from '../reason-code';
import { reasonText } from '../wording/reason-text';
import type { ProjectProfile } from './partner-profile';

export interface ForumReadiness {
  /** null when the forum has no rule, or when data a rule needs is missing (and no other rule fails). */
  eligible: boolean | null;
  reason: ReasonCode;
  /** English (reasonText of `reason`). */
  detail: string;
  missing: MissingCode[];
}

/** Whether a festival records forum entry rules (readiness then follows them rather than the stage). */
export const hasForumRules = (festivalSlug: string): boolean =>
  FORUM_ENTRY_RULES.some((r) => r.festivalSlug === festivalSlug);

/**
 * Market-readiness of a project for a forum, from FORUM_ENTRY_RULES: formats, stages, budget band and share
 * financed (financingSecuredEur / budgetEur).
 */
export function readiness(project: ProjectProfile, festivalSlug: string): ForumReadiness {
  const result = (eligible: boolean | null, reason: ReasonCode, missing: MissingCode[]) => ({
    eligible,
    reason,
    detail: reasonText(reason, 'en'),
    missing,
  });
  const rule = FORUM_ENTRY_RULES.find((r) => r.festivalSlug === festivalSlug);
  if (!rule) return result(null, reasonCode('FORUM_NO_RULES', { festival: festivalSlug }), []);
  const forum = rule.summary.split(':')[0];
  const failures: ReasonCode[] = [];
  const passes: ReasonCode[] = [];
  const missing: MissingCode[] = [];
  const check = (ok: boolean, pass: ReasonCode, failure: ReasonCode) =>
    (ok ? passes : failures).push(ok ? pass : failure);

  if (rule.formats.length > 0) {
    const format = { format: project.format };
    check(
      rule.formats.includes(project.format),
      reasonCode('FORUM_FORMAT_OK', format),
      reasonCode('FORUM_FORMAT_NO', format),
    );
  }
  if (rule.stages.length > 0) {
    check(
      rule.stages.includes(project.stage),
      reasonCode('FORUM_STAGE_OK', { stage: project.stage }),
      reasonCode('FORUM_STAGE_NO', { stages: [...rule.stages], stage: project.stage }),
    );
  }
  if (rule.budgetMinEur !== null || rule.budgetMaxEur !== null) {
    if (project.budgetEur === null) missing.push('PROJECT_BUDGET');
    else {
      const band = { budget: project.budgetEur, min: rule.budgetMinEur, max: rule.budgetMaxEur };
      const outside =
        (rule.budgetMinEur !== null && project.budgetEur < rule.budgetMinEur) ||
        (rule.budgetMaxEur !== null && project.budgetEur > rule.budgetMaxEur);
      check(!outside, reasonCode('FORUM_BUDGET_IN', band), reasonCode('FORUM_BUDGET_OUT', band));
    }
  }
  if (rule.financingSecuredMin !== null) {
    if (project.budgetEur === null || project.budgetEur <= 0) {
      if (!missing.includes('PROJECT_BUDGET')) missing.push('PROJECT_BUDGET');
    } else if (project.financingSecuredEur === null) {
      missing.push('PROJECT_FINANCING');
    } else {
      const share = project.financingSecuredEur / project.budgetEur;
      const params = { share, min: rule.financingSecuredMin };
      check(
        share + 1e-9 >= rule.financingSecuredMin,
        reasonCode('FORUM_FINANCED_OK', params),
        reasonCode('FORUM_FINANCED_LOW', params),
      );
    }
  }

  if (failures.length > 0) return result(false, reasonCode('FORUM_NOT_READY', { forum, failures }), missing);
  if (missing.length > 0) return result(null, reasonCode('FORUM_UNKNOWN', { forum, missing }), missing);
  return result(true, reasonCode('FORUM_READY', { forum, passes }), missing);
}
