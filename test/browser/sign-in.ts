import type { Page } from 'playwright-core';

/** The demo personas' password (DEMO_PASSWORD's default, the one the README lists). */
export const DEMO_PASSWORD = 'crossroads-demo';

/** Signs in through the French login form and waits for the redirect away from it. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText('Compte', { exact: true }).waitFor();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * Opens a header menu (Mon espace, Équipe, Compte). A menu closes when the route changes, so a click that lands
 * while a redirect is under way is undone: open it again until it stays open.
 */
export async function openMenu(page: Page, menu: string): Promise<void> {
  const open = page.locator('details[open] > summary', { hasText: menu });
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!(await open.count())) await page.locator('summary', { hasText: menu }).click();
    await page.waitForTimeout(200);
    if (await open.count()) return;
  }
  throw new Error(`The menu ${menu} does not stay open`);
}

/** Follows a link of a header menu, opening the menu first as a person would. */
export async function navigate(page: Page, menu: string, link: string): Promise<void> {
  await openMenu(page, menu);
  await page.getByRole('link', { name: link, exact: true }).click();
}

/** Signs out through the account menu and waits for the sign-in link. */
export async function signOut(page: Page): Promise<void> {
  await openMenu(page, 'Compte');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('link', { name: 'Se connecter' }).waitFor();
}
