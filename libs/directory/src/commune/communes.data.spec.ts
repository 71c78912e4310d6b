import { COMMUNES, UNVERIFIED_COMMUNE_SOURCE } from './communes.data';

/** The communes whose coordinates are sourced in FACTS.md section 7. */
const VERIFIED_NAMES = [
  'Lille',
  'Roubaix',
  'Tourcoing',
  'Valenciennes',
  'Anzin',
  'Wallers',
  'Amiens',
  'Arras',
];

/** Rough bounding box of Hauts-de-France. */
const BOUNDS = { minLat: 48.8, maxLat: 51.1, minLng: 1.3, maxLng: 4.3 };

const DEPARTMENTS = ['59', '62', '80', '02', '60'];

describe('COMMUNES', () => {
  it('has unique names', () => {
    const names = COMMUNES.map((c) => c.name);
    const duplicates = names.filter((name, i) => names.indexOf(name) !== i);
    expect(duplicates).toEqual([]);
  });

  it('places every commune inside Hauts-de-France', () => {
    const outside = COMMUNES.filter(
      (c) =>
        !(
          c.lat >= BOUNDS.minLat &&
          c.lat <= BOUNDS.maxLat &&
          c.lng >= BOUNDS.minLng &&
          c.lng <= BOUNDS.maxLng
        ),
    ).map((c) => `${c.name} (${c.lat}, ${c.lng})`);
    expect(outside).toEqual([]);
  });

  it('has 5-digit postcodes matching a regional department', () => {
    for (const commune of COMMUNES) {
      expect(commune.postcode).toMatch(/^\d{5}$/);
      expect(DEPARTMENTS).toContain(commune.department);
      expect(commune.postcode.startsWith(commune.department)).toBe(true);
    }
  });

  it('contains the 8 sourced communes, marked verified with a URL source', () => {
    for (const name of VERIFIED_NAMES) {
      const commune = COMMUNES.find((c) => c.name === name);
      expect(commune).toBeDefined();
      expect(commune?.verified).toBe(true);
      expect(commune?.source).toMatch(/^https?:\/\//);
    }
  });

  it('marks every other commune unverified with the standard source note', () => {
    const others = COMMUNES.filter((c) => !VERIFIED_NAMES.includes(c.name));
    expect(others.length).toBeGreaterThan(0);
    for (const commune of others) {
      expect(commune.verified).toBe(false);
      expect(commune.source).toBe(UNVERIFIED_COMMUNE_SOURCE);
    }
  });
});
