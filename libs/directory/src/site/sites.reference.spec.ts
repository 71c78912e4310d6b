import { COMMUNES } from '../commune/communes.data';
import { SITES } from './sites.reference';

const URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/** Great-circle distance in km. */
function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const site = (slug: string) => SITES.find((s) => s.slug === slug)!;

describe('SITES', () => {
  it('puts Plaine Images on boulevard Constantin Descat (number unconfirmed)', () => {
    expect(site('plaine-images').address).toMatch(/boulevard Constantin Descat, 59200 Tourcoing$/);
    expect(site('plaine-images').addressVerified).toBe(false);
  });

  it('uses site points, never a commune centre', () => {
    for (const reference of SITES) {
      const commune = COMMUNES.find((c) => c.name === reference.city)!;
      expect(commune).toBeDefined();
      expect([reference.lat, reference.lng]).not.toEqual([commune.lat, commune.lng]);
      // Still within the commune's neighbourhood.
      expect(distanceKm(reference, commune)).toBeLessThan(5);
    }
  });

  it('gives a source with every site point said to be exact, and flags the others', () => {
    for (const reference of SITES) {
      if (reference.coordinatesApproximate) expect(reference.coordinatesSource).toBeNull();
      else expect(reference.coordinatesSource).toMatch(URL);
    }
    expect(site('arenberg-creative-mine').coordinatesApproximate).toBe(false);
  });

  it('dates the figures it gives: the Plaine Images counts are 2021 counts', () => {
    expect(site('plaine-images').figuresYear).toBe(2021);
    expect(site('plaine-images').descriptionEn).toMatch(/In 2021: about 140 companies/);
    expect(site('plaine-images').descriptionFr).toMatch(/En 2021 : environ 140 entreprises/);
    for (const reference of SITES) {
      if (/\d[\d,. ]* (companies|workers)/.test(reference.descriptionEn))
        expect(reference.figuresYear).not.toBeNull();
    }
  });

  it('names Le Fresnoy and Piktura among the Plaine Images tenants', () => {
    expect(site('plaine-images').descriptionEn).toMatch(/Piktura/);
    expect(site('plaine-images').descriptionEn).toMatch(/Le Fresnoy/);
  });

  it('uses http(s) URLs for every source', () => {
    for (const reference of SITES) for (const source of reference.sources) expect(source).toMatch(URL);
  });
});
