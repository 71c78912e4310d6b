import { craftTerms, frenchTitleForms } from './craft-forms';
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
  ])('files "%s" under %s', (term, slug) => {
    expect(resolveCraft(term)).toBe(slug);
  });
});
