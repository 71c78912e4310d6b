import { firstLoadJavaScript, measureKeystrokes } from './measure';
import { SCREENSHOTS, startWebAppInBrowser, WebAppInBrowser } from '../support/web-app-browser';

// A producer searches the directory, on a desktop and on a phone.
describe('web app in Chromium', () => {
  let app: WebAppInBrowser;
  let newPage: WebAppInBrowser['newPage'];
  let screenshot: WebAppInBrowser['screenshot'];

  beforeAll(async () => {
    app = await startWebAppInBrowser();
    ({ newPage, screenshot } = app);
  }, 180_000);
  afterAll(() => app?.close());

  it('a producer finds an English-speaking chef opérateur near Tourcoing and opens the profile', async () => {
    const page = await newPage();
    const loaded = firstLoadJavaScript(page);
    await page.goto('/');
    await page.getByText('Tapez un métier').waitFor();
    const bundle = await loaded.done();

    const box = page.getByLabel('Rechercher des personnes, entreprises, écoles, sites…');
    const latencies = await measureKeystrokes(page, box, 'chef opérateur');
    await page.locator('.result').first().waitFor();
    await page.getByLabel('À proximité de').selectOption({ label: 'Tourcoing (59200)' });
    // A click, not check(): the box is controlled by the URL, so it shows ticked once the navigation lands.
    await page.getByRole('checkbox', { name: /anglais/i }).click();
    await page.waitForURL(/lang=en/);
    const lea = page.getByRole('link', { name: 'Léa Dupré' });
    // Distances show once the near filter's results arrive (the previous ones stay on screen meanwhile).
    await page
      .locator('.result')
      .filter({ has: lea })
      .getByText(/^à \d+(\.\d)? km$/)
      .waitFor();
    await page.getByRole('link', { name: 'Inès Martin' }).waitFor({ state: 'detached' });
    if (!SCREENSHOTS) {
      await expect(page.locator('.result h3').allTextContents()).resolves.toEqual(['Léa Dupré']);
    }
    // The map beside the list: one marker per located result and the near radius, drawn without network (no tiles).
    const map = page.getByRole('region', { name: 'Carte des résultats' });
    await map.locator('.place-map.leaflet-container path.map-marker').first().waitFor();
    expect(await map.locator('path.map-marker.leaflet-interactive').count()).toBeGreaterThanOrEqual(1);
    expect(await map.locator('path.map-radius.leaflet-interactive').count()).toBe(1);
    expect((await map.locator('.place-map').boundingBox())?.height).toBeGreaterThan(100);
    await map.locator('path.map-marker').first().click();
    // The marker's popup links to the result; closed again so the list's link is the only one.
    await map.getByRole('link', { name: 'Léa Dupré' }).waitFor();
    await map.locator('.leaflet-popup-close-button').click();
    await map.getByRole('link', { name: 'Léa Dupré' }).waitFor({ state: 'detached' });
    expect(page.url()).toContain('q=chef+op%C3%A9rateur');
    expect(page.url()).toContain('lang=en');
    expect(page.url()).toMatch(/near=commune%3A/);
    await screenshot(page, 'search');

    // The URL is the search: opening it again gives the same results.
    const shared = page.url();
    const again = await newPage();
    await again.goto(shared);
    await again.getByRole('link', { name: 'Léa Dupré' }).waitFor();
    await expect(again.getByRole('checkbox', { name: /anglais/i }).isChecked()).resolves.toBe(true);

    await lea.click();
    await page.getByRole('heading', { level: 1, name: 'Léa Dupré' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/people/lea-dupre');
    await page.getByText('anglais (courant)').waitFor();
    // Anonymous: no contact details, an invitation to sign in instead.
    await expect(page.getByText('lea.dupre@example.org').count()).resolves.toBe(0);
    await page.getByText('Connectez-vous pour voir les coordonnées').waitFor();
    await screenshot(page, 'person');

    // English, remembered across pages.
    await page.getByRole('button', { name: /Langue/ }).click();
    await page.getByRole('heading', { name: 'Languages' }).waitFor();
    await page.goto('/sites/plaine-images');
    await page.getByRole('heading', { name: 'Facilities' }).waitFor();
    await screenshot(page, 'site');

    // Phone-sized screen: filters fold behind a button.
    const phone = await newPage({ width: 390, height: 844 });
    await phone.goto('/?q=chef+op%C3%A9rateur');
    await phone.locator('.result').first().waitFor();
    await expect(phone.getByLabel('À proximité de').isVisible()).resolves.toBe(false);
    await phone.getByRole('button', { name: 'Afficher les filtres' }).click();
    await expect(phone.getByLabel('À proximité de').isVisible()).resolves.toBe(true);
    await screenshot(phone, 'search-phone');

    process.stdout.write(
      `web bench: search page first load ${bundle.files} JS files, ${(bundle.gzipBytes / 1024).toFixed(1)} kB gzipped ` +
        `(${(bundle.rawBytes / 1024).toFixed(1)} kB raw); keystroke → results: ${JSON.stringify(latencies)}\n`,
    );
    expect(bundle.gzipBytes).toBeLessThan(250 * 1024);
  });
});
