import { craftTerms, frenchTitle, frenchTitleForms } from './craft-forms';
import { normaliseTerm, resolveCraft } from './craft-lookup';
import { CRAFTS } from './crafts.data';

describe('frenchTitleForms', () => {
  it.each([
    [
      'Chef opérateur du son',
      'Cheffe opératrice du son',
      'Chef·fe opérateur·rice du son',
      'Chef opératrice du son',
    ],
    ['Monteur', 'Monteuse', 'Monteur·euse', undefined],
    [
      'Directeur de la photographie',
      'Directrice de la photographie',
      'Directeur·rice de la photographie',
      undefined,
    ],
    ['Superviseur VFX', 'Superviseuse VFX', 'Superviseur·euse VFX', undefined],
    ['Programmeur moteur', 'Programmeuse moteur', 'Programmeur·euse moteur', undefined],
  ])('%s → %s / %s', (masculine, feminine, inclusive, chefFeminine) => {
    expect(frenchTitleForms(masculine)).toEqual({ masculine, feminine, inclusive, chefFeminine });
  });

  it('gives no inclusive form when the forms differ by more than an ending', () => {
    expect(frenchTitleForms('Perchman')).toEqual({ masculine: 'Perchman', feminine: 'Perchwoman' });
  });
});

describe('craftTerms', () => {
  it('never gives one normalised term to two crafts', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const craft of CRAFTS)
      for (const term of craftTerms(craft)) {
        const key = normaliseTerm(term);
        const other = owner.get(key);
        if (other && other !== craft.slug) clashes.push(`${term}: ${other} / ${craft.slug}`);
        owner.set(key, craft.slug);
      }
    expect(clashes).toEqual([]);
  });

  it.each([
    ['cheffe opératrice du son', 'production-sound-mixer'],
    ['sound engineer', 'production-sound-mixer'],
    ['preneuse de son', 'production-sound-mixer'],
    ['ingénieur son', 'production-sound-mixer'],
    ['assistante réalisatrice', 'first-assistant-director'],
    ['décoratrice', 'production-designer'],
    ['chef décoratrice', 'production-designer'],
    ['chef monteuse', 'editor'],
    ['infographiste', 'cg-generalist'],
    ['grader', 'colorist'],
    ['camera assistant', 'first-assistant-camera'],
    ['réalisatrice', 'director'],
    ['monteuse', 'editor'],
    ['étalonneuse', 'colorist'],
    ['costumière', 'costume-designer'],
    ['perchwoman', 'boom-operator'],
    ['cheffe électricienne', 'gaffer'],
    ['productrice', 'producer'],
  ])('resolves "%s" to %s', (term, slug) => {
    expect(resolveCraft(term)).toBe(slug);
  });
});

describe('faux amis', () => {
  it.each([
    ['audio programmer', 'audio-programmer'],
    ['programmeuse audio', 'audio-programmer'],
    ['audio designer', 'audio-designer'],
    ['set rigger', 'set-rigger'],
    ['cheffe rigger', 'set-rigger'],
    ['character rigger', 'rigger'],
    ['producteur exécutif', 'service-producer'],
    ['executive producer', 'executive-producer'],
    ['régisseuse générale', 'key-unit-manager'],
    ['unit production manager', 'unit-production-manager'],
  ])('files "%s" under %s', (term, slug) => {
    expect(resolveCraft(term)).toBe(slug);
  });
});

describe('frenchTitle', () => {
  const craft = (slug: string) => CRAFTS.find((c) => c.slug === slug)!;

  it.each([
    ['director-of-photography', 'FEMININE', 'Directrice de la photographie'],
    ['director-of-photography', 'MASCULINE', 'Directeur de la photographie'],
    ['director-of-photography', 'INCLUSIVE', 'Directeur·rice de la photographie'],
    ['production-sound-mixer', 'FEMININE', 'Cheffe opératrice du son'],
    ['editor', 'FEMININE', 'Monteuse'],
    ['gaffer', 'INCLUSIVE', 'Chef·fe électricien·ne'],
    ['boom-operator', 'INCLUSIVE', 'Perchman / perchwoman'],
    ['script-supervisor', 'INCLUSIVE', 'Scripte'],
    ['director', undefined, 'Réalisateur·rice'],
  ] as const)('writes %s in the %s form as %s', (slug, form, title) => {
    expect(frenchTitle(craft(slug), form)).toBe(title);
  });

  it('resolves every written-out feminine and inclusive label to its craft', () => {
    const wrong = CRAFTS.flatMap((c) =>
      [c.labelFrFeminine, c.labelFrInclusive]
        .filter((label): label is string => !!label)
        .filter((label) => resolveCraft(label) !== c.slug)
        .map((label) => `${label} → ${resolveCraft(label)} (want ${c.slug})`),
    );
    expect(wrong).toEqual([]);
  });
});
