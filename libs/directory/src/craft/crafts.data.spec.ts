import { CRAFTS, DEPARTMENTS, type CraftDefinition } from './crafts.data';

/** Lower-case, accents stripped (NFD), trimmed: how labels and synonyms are compared. */
function normalise(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

function termsOf(craft: CraftDefinition): string[] {
  return [
    ...new Set([
      craft.labelFr,
      craft.labelFrFeminine,
      craft.labelFrInclusive,
      craft.labelEn,
      ...craft.synonyms,
    ]),
  ].filter((term): term is string => !!term);
}

/**
 * Documented exception: "compositeur" alone may only be a synonym of the music composer; the VFX compositor is
 * labelled 'Compositeur VFX'. The data currently needs no exception (the two terms differ), but if it ever
 * does, only this term may be shared.
 */
const ALLOWED_SHARED_TERMS = new Set(['compositeur']);

/** normalised term -> slugs of the crafts that use it (as a label or a synonym). */
function buildIndex(): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const craft of CRAFTS) {
    for (const term of termsOf(craft)) {
      const key = normalise(term);
      const slugs = index.get(key) ?? new Set<string>();
      slugs.add(craft.slug);
      index.set(key, slugs);
    }
  }
  return index;
}

function resolve(term: string): string | undefined {
  const slugs = buildIndex().get(normalise(term));
  if (!slugs || slugs.size !== 1) {
    return undefined;
  }
  return [...slugs][0];
}

describe('DEPARTMENTS', () => {
  it('has between 12 and 20 departments with unique kebab-case slugs and labels', () => {
    expect(DEPARTMENTS.length).toBeGreaterThanOrEqual(12);
    expect(DEPARTMENTS.length).toBeLessThanOrEqual(20);
    const slugs = DEPARTMENTS.map((d) => d.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const department of DEPARTMENTS) {
      expect(department.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(department.labelFr.trim()).not.toBe('');
      expect(department.labelEn.trim()).not.toBe('');
    }
  });

  it('every department has at least one craft', () => {
    const used = new Set(CRAFTS.map((c) => c.department));
    const empty = DEPARTMENTS.filter((d) => !used.has(d.slug)).map((d) => d.slug);
    expect(empty).toEqual([]);
  });
});

describe('CRAFTS', () => {
  it('writes out the feminine label of every craft, and an inclusive one only where it differs', () => {
    const problems: string[] = [];
    for (const craft of CRAFTS) {
      if (!craft.labelFrFeminine?.trim()) problems.push(`${craft.slug}: no feminine label`);
      if (craft.labelFrInclusive && !craft.labelFrInclusive.includes('·'))
        problems.push(`${craft.slug}: inclusive label without a median point`);
      if (craft.labelFrInclusive && craft.labelFrFeminine === craft.labelFr)
        problems.push(`${craft.slug}: inclusive label of an epicene title`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps faux amis apart', () => {
    const bySlug = new Map(CRAFTS.map((craft) => [craft.slug, craft]));
    expect(bySlug.get('service-producer')?.labelFr).toBe('Producteur exécutif');
    expect(bySlug.get('executive-producer')?.labelFr).not.toBe('Producteur exécutif');
    expect(bySlug.get('key-unit-manager')?.labelFr).toBe('Régisseur général');
    expect(bySlug.get('unit-production-manager')?.labelFr).not.toBe('Régisseur général');
  });

  it('has at least 120 crafts', () => {
    expect(CRAFTS.length).toBeGreaterThanOrEqual(120);
  });

  it('has unique kebab-case slugs', () => {
    const slugs = CRAFTS.map((c) => c.slug);
    const duplicates = slugs.filter((slug, i) => slugs.indexOf(slug) !== i);
    expect(duplicates).toEqual([]);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('references existing departments only', () => {
    const departments = new Set(DEPARTMENTS.map((d) => d.slug));
    const unknown = CRAFTS.filter((c) => !departments.has(c.department)).map(
      (c) => `${c.slug}:${c.department}`,
    );
    expect(unknown).toEqual([]);
  });

  it('has non-empty, trimmed labels and synonyms', () => {
    for (const craft of CRAFTS) {
      for (const term of termsOf(craft)) {
        expect(term.trim()).not.toBe('');
        expect(term).toBe(term.trim());
      }
    }
  });

  it('writes synonyms in lower case, never repeating the craft own labels or another synonym', () => {
    const problems: string[] = [];
    for (const craft of CRAFTS) {
      const seen = new Set([normalise(craft.labelFr), normalise(craft.labelEn)]);
      for (const synonym of craft.synonyms) {
        if (normalise(synonym) === normalise(craft.labelFrFeminine)) continue;
        if (synonym !== synonym.toLowerCase()) {
          problems.push(`${craft.slug}: "${synonym}" is not lower case`);
        }
        const key = normalise(synonym);
        if (seen.has(key)) {
          problems.push(`${craft.slug}: "${synonym}" repeats a label or synonym`);
        }
        seen.add(key);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never uses one term (label or synonym, normalised) for two crafts', () => {
    const conflicts: string[] = [];
    for (const [term, slugs] of buildIndex()) {
      if (slugs.size > 1 && !ALLOWED_SHARED_TERMS.has(term)) {
        conflicts.push(`${term}: ${[...slugs].join(', ')}`);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('normalises case, accents and surrounding spaces', () => {
    expect(normalise('  Étalonneuse ')).toBe('etalonneuse');
    expect(normalise('1ER ASSISTANT RÉALISATEUR')).toBe('1er assistant realisateur');
  });

  describe('required trade equivalences resolve to one craft', () => {
    const cases: Array<[string, string[]]> = [
      [
        'director-of-photography',
        [
          'chef operateur',
          'chef opérateur',
          'directeur de la photographie',
          'director of photography',
          'cinematographer',
          'dop',
          'DoP',
          'dp',
        ],
      ],
      ['editor', ['monteur', 'monteuse', 'editor', 'film editor']],
      ['boom-operator', ['perchman', 'perchiste', 'boom operator']],
      ['colorist', ['etalonneur', 'étalonneuse', 'colorist', 'colourist']],
      ['script-supervisor', ['scripte', 'script supervisor', 'continuity supervisor']],
      [
        'first-assistant-director',
        [
          '1er assistant realisateur',
          'premier assistant réalisateur',
          'first assistant director',
          'first ad',
          '1st AD',
        ],
      ],
      ['gaffer', ['chef électricien', 'gaffer']],
      ['key-grip', ['chef machiniste', 'key grip']],
      [
        'production-sound-mixer',
        ['ingénieur du son', 'chef opérateur du son', 'sound mixer', 'production sound mixer'],
      ],
      ['re-recording-mixer', ['mixeur', 're-recording mixer']],
      ['foley-artist', ['bruiteur', 'foley artist']],
      ['key-unit-manager', ['régisseur général', 'régisseuse générale']],
      ['unit-production-manager', ['unit production manager', 'UPM']],
      ['service-producer', ['producteur exécutif', 'productrice exécutive']],
      ['executive-producer', ['executive producer', 'exec producer']],
      ['screenwriter', ['writer', 'scénariste']],
      ['production-sound-mixer', ['sound engineer', 'sound recordist', 'preneuse de son', 'ingénieur son']],
      ['vfx-supervisor', ['VFX supervisor', 'superviseuse VFX']],
      ['line-producer', ['line producer', 'directrice de production']],
      ['colorist', ['colourist', 'colorist', 'grader', 'étalonneuse']],
      ['gaffer', ['gaffer', 'cheffe électricienne']],
      ['set-rigger', ['set rigger']],
      ['lighting-artist', ['lighting artist']],
      ['location-manager', ['location manager']],
      ['line-producer', ['directeur de production', 'line producer', 'production manager']],
      ['camera-operator', ['cadreur', 'camera operator']],
      ['first-assistant-camera', ['1er assistant opérateur', 'focus puller', '1st AC']],
      ['production-designer', ['chef décorateur', 'production designer']],
      ['costume-designer', ['costumier', 'chef costumier', 'costume designer']],
      ['makeup-artist', ['maquilleur', 'make-up artist']],
      ['hairdresser', ['coiffeur', 'hairdresser']],
      ['storyboard-artist', ['storyboardeur', 'storyboard artist']],
      ['animator', ['animateur 2d', 'animateur 3d', 'animator']],
      ['rigger', ['rigger']],
      ['layout-artist', ['layout artist']],
      ['compositor', ['compositeur vfx', 'compositor', 'compositing artist', 'truquiste']],
      ['composer', ['compositeur de musique', 'compositeur', 'composer']],
      ['vfx-supervisor', ['superviseur vfx', 'vfx supervisor']],
      ['game-designer', ['game designer', 'concepteur de jeu']],
      ['level-designer', ['level designer']],
      ['gameplay-programmer', ['programmeur gameplay', 'gameplay programmer']],
      ['art-director', ['directeur artistique', 'art director']],
      ['actor', ['comédien', 'acteur', 'actor']],
      ['voice-actor', ['doubleur', 'comédien de doublage', 'voice actor']],
      ['stunt-performer', ['cascadeur', 'stunt performer']],
      ['producer', ['producteur', 'producer']],
      ['delegate-producer', ['producteur délégué']],
      ['screenwriter', ['scénariste', 'screenwriter']],
      ['showrunner', ['showrunner']],
      ['director', ['réalisateur', 'director']],
      ['casting-director', ['directeur de casting', 'casting director']],
      ['digital-imaging-technician', ['dit', 'digital imaging technician']],
      ['steadicam-operator', ['steadicamer', 'steadicam operator']],
      ['xr-developer', ['développeur xr', 'unity developer']],
    ];

    it.each(cases)('%s', (slug, terms) => {
      for (const term of terms) {
        expect({ term, slug: resolve(term) }).toEqual({ term, slug });
      }
    });
  });
});
