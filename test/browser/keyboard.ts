import type { Page } from 'playwright-core';

/** What the focused element is, as a keyboard user meets it. */
export interface Focused {
  tag: string;
  /** Its accessible name, roughly: aria-label, else its label, else its text. */
  name: string;
  /** The data-kb mark markFormControls gave it, if any. */
  mark: string | null;
  /** Whether a focus indicator is drawn: an outline or a box shadow. */
  visibleFocus: boolean;
  /** The computed outline and shadow, to tell what is wrong when no focus is drawn. */
  style: string;
}

/** Runs in the page (a string: the project's TypeScript has no DOM types). */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const labels = el.labels;
  const name = el.getAttribute('aria-label') ?? (labels && labels.length ? labels[0].textContent ?? '' : el.textContent ?? '');
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return {
    tag: el.tagName.toLowerCase(),
    name: name.replace(/\\s+/g, ' ').trim(),
    mark: el.getAttribute('data-kb'),
    visibleFocus: outline || style.boxShadow !== 'none',
    style: style.outlineStyle + ' ' + style.outlineWidth + ' / ' + style.boxShadow + (el.matches(':focus') ? ' :focus' : ''),
  };
})()`;

export async function focused(page: Page): Promise<Focused | null> {
  return (await page.evaluate(FOCUSED)) as Focused | null;
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  { back = false, max = 250 } = {},
): Promise<Focused> {
  for (let press = 0; press < max; press++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now && (typeof name === 'string' ? now.name === name : name.test(now.name))) return now;
  }
  throw new Error(`${String(name)} not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

/**
 * Marks every visible form control of the page's main (data-kb="0", "1"…) and answers, for each, its description
 * and whether it has a label (label element, aria-label or aria-labelledby). Radios of one group count as one.
 */
const MARK_CONTROLS = `(() => {
  const controls = [...document.querySelectorAll('main input, main select, main textarea')].filter(
    (el) => el.type !== 'hidden' && !el.disabled && el.getClientRects().length > 0,
  );
  const seenGroups = new Set();
  const result = [];
  controls.forEach((el, index) => {
    const group = el.type === 'radio' ? el.name : null;
    const mark = group ? 'radio:' + group : String(index);
    el.setAttribute('data-kb', mark);
    if (group && seenGroups.has(group)) return;
    if (group) seenGroups.add(group);
    const labelled = (el.labels?.length ?? 0) > 0 || el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
    result.push({ mark, what: el.tagName.toLowerCase() + '#' + (el.id || el.name || index), labelled });
  });
  return result;
})()`;

export async function markFormControls(
  page: Page,
): Promise<{ mark: string; what: string; labelled: boolean }[]> {
  return (await page.evaluate(MARK_CONTROLS)) as { mark: string; what: string; labelled: boolean }[];
}

/**
 * Tabs through the whole page once from the top and answers the marks reached and the focused elements that had
 * no visible focus indicator.
 */
export async function tabThroughPage(
  page: Page,
  max = 400,
): Promise<{ reached: Set<string>; unseen: string[] }> {
  await page.evaluate(`document.activeElement?.blur()`);
  const reached = new Set<string>();
  const unseen: string[] = [];
  for (let press = 0; press < max; press++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    // Past the last element the focus leaves the document: the round is over.
    if (!now) break;
    if (now.mark) reached.add(now.mark);
    if (!now.visibleFocus) unseen.push(`${now.tag} "${now.name.slice(0, 40)}" (${now.style})`);
  }
  return { reached, unseen };
}
