import { COMMUNES, UNVERIFIED_COMMUNE_SOURCE } from './communes.data';

/** The official geographic data the reference is keyed on (INSEE COG and La Poste postcodes, by Etalab). */
interface OfficialCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  chefLieu?: string;
  codesPostaux?: string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OFFICIAL: OfficialCommune[] = require('@etalab/decoupage-administratif/data/communes.json');
const OFFICIAL_BY_CODE = new Map(
  OFFICIAL.filter((c) => /^(02|59|60|62|80)/.test(c.code)).map((c) => [c.code, c]),
);

const TYPES: Record<string, string> = {
  'commune-actuelle': 'COMMUNE',
  'commune-associee': 'ASSOCIATED',
  'commune-deleguee': 'DELEGATED',
};

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
  it('has unique INSEE codes and unique names', () => {
    const codes = COMMUNES.map((c) => c.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    const names = COMMUNES.map((c) => c.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('matches the official data on code, name, type, parent commune, department and postcodes', () => {
    for (const commune of COMMUNES) {
      const official = OFFICIAL_BY_CODE.get(commune.code);
      expect({ code: commune.code, known: official !== undefined }).toEqual({
        code: commune.code,
        known: true,
      });
      expect({
        code: commune.code,
        name: commune.name,
        type: commune.type,
        parentCode: commune.parentCode,
        postcodes: commune.postcodes,
      }).toEqual({
        code: commune.code,
        name: official!.nom,
        type: TYPES[official!.type],
        parentCode: official!.chefLieu ?? null,
        postcodes: official!.codesPostaux ?? [],
      });
      if (official!.departement) expect(commune.department).toBe(official!.departement);
    }
  });

  it('takes the main postcode from the official list, or says it is not verified', () => {
    for (const commune of COMMUNES) {
      expect(commune.postcode).toMatch(/^\d{5}$/);
      expect(commune.postcodeVerified).toBe(commune.postcodes.includes(commune.postcode));
    }
  });

  it('records Lomme as an associated commune of Lille', () => {
    const lomme = COMMUNES.find((c) => c.name === 'Lomme')!;
    const lille = COMMUNES.find((c) => c.name === 'Lille')!;
    expect(lomme).toMatchObject({ code: '59355', type: 'ASSOCIATED', parentCode: lille.code });
    expect(lille.code).toBe('59350');
    expect(lomme.postcodeVerified).toBe(false);
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

  it('uses a regional department, the first digits of its code and postcode', () => {
    for (const commune of COMMUNES) {
      expect(DEPARTMENTS).toContain(commune.department);
      expect(commune.code.startsWith(commune.department)).toBe(true);
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
