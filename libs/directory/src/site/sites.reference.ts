import type { Site } from './site.entity';

export type SiteReference = Pick<
  Site,
  | 'slug'
  | 'name'
  | 'city'
  | 'postcode'
  | 'address'
  | 'addressVerified'
  | 'lat'
  | 'lng'
  | 'coordinatesApproximate'
  | 'coordinatesSource'
  | 'figuresYear'
  | 'descriptionFr'
  | 'descriptionEn'
  | 'facilities'
  | 'website'
  | 'sources'
>;

/**
 * The three flagship sites named by Pictanovo (Cineregio member page). Facts and sources: shared/reference/FACTS.md §1.
 * - Street addresses: Plaine Images is on boulevard Constantin Descat (FACTS.md §8 candidate; the number 99A is
 *   unconfirmed) and Serre Numérique on rue Peclet (unconfirmed): both `addressVerified: false`.
 * - Coordinates are points of the site itself, not commune centres (those were 2–3 km off). Arenberg's is the
 *   pit no. 1 point of the French Wikipedia article "Fosse Arenberg" (`coordinatesApproximate: false`, with its
 *   source). Plaine Images and Serre Numérique: site points estimated from the street and the published
 *   descriptions (Plaine Images in the l'Union district on the Roubaix/Tourcoing boundary; the Serre on the
 *   former Vallourec site by the Escaut, north of Valenciennes). No source gives them: `coordinatesApproximate:
 *   true`, `coordinatesSource: null` (FACTS.md §8 lists site-level coordinates as a gap).
 * - `figuresYear`: the year the counts in the description were published for.
 */
export const SITES: readonly SiteReference[] = [
  {
    slug: 'plaine-images',
    name: 'Plaine Images',
    city: 'Tourcoing',
    postcode: '59200',
    address: '99A boulevard Constantin Descat, 59200 Tourcoing',
    addressVerified: false,
    // Unsourced estimate of the site point (l'Union district, boulevard Constantin Descat); see the header.
    lat: 50.705,
    lng: 3.167,
    coordinatesApproximate: true,
    coordinatesSource: null,
    figuresYear: 2021,
    descriptionFr:
      "Pôle d'excellence des industries créatives dans l'ancienne usine textile Vanoutryve, à cheval sur Roubaix et Tourcoing (quartier de l'Union). En 2021 : environ 140 entreprises, 1 800 salariés, 4 écoles, un incubateur, des studios de tournage et de son. Y sont installés notamment Ankama, Pictanovo, le campus ARTFX (2023), Piktura (campus La Châtellenie, 2024) et Le Fresnoy.",
    descriptionEn:
      "Creative industries hub in the former Vanoutryve textile mill straddling Roubaix and Tourcoing (l'Union district). In 2021: about 140 companies, 1,800 workers, 4 schools, an incubator, film and sound studios. Tenants include Ankama, Pictanovo, the ARTFX campus (2023), Piktura (La Châtellenie campus, 2024) and Le Fresnoy.",
    facilities: [
      'Film studios',
      'Sound studios',
      'Playtest lab',
      'VR immersive lab',
      'Incubator',
      'Imaginarium (8,000 m²)',
      'ARTFX campus shooting studios (400 m²)',
    ],
    website: null,
    sources: [
      'https://www.cineregio.org/members/pictanovo/',
      'https://cdn.s-pass.org/fr/portail/72/observatoire/2865/plaine-image-roubaix-tourcoing-59.html',
      'https://www.euoffice.lillemetropole.fr/en/node/129',
      'https://documentation.onisep.fr/doc_num.php?explnum_id=64296',
      'https://www.lejournaldesentreprises.com/hauts-de-france/article/tourcoing-une-nouvelle-ere-souvre-pour-la-plaine-images-445094',
    ],
  },
  {
    slug: 'serre-numerique',
    name: 'Serre Numérique',
    city: 'Valenciennes',
    postcode: '59300',
    address: '2 rue Peclet, 59300 Valenciennes',
    addressVerified: false,
    // Unsourced estimate of the site point (former Vallourec site by the Escaut, Anzin/Valenciennes); see the header.
    lat: 50.368,
    lng: 3.509,
    coordinatesApproximate: true,
    coordinatesSource: null,
    figuresYear: 2015,
    descriptionFr:
      'Bâtiment de 17 000 m² ouvert en 2015 (CCI Grand Hainaut) qui accueille les trois écoles de Rubika (Supinfocom, Supinfogame, ISD), un incubateur, un accélérateur, des laboratoires et un centre de réalité virtuelle.',
    descriptionEn:
      "17,000 m² building opened in 2015 (CCI Grand Hainaut) hosting Rubika's three schools (Supinfocom, Supinfogame, ISD), an incubator, an accelerator, labs and a VR centre.",
    facilities: ['Incubator', 'Accelerator', 'Business hotel', 'Labs', 'VR centre', '450-seat auditorium'],
    website: null,
    sources: [
      'https://www.hautsdefrance.fr/serre-numerique-valenciennes/',
      'http://www.lemoniteur.fr/article/valenciennes-inaugure-sa-silicon-valley-28249819',
      'https://www.latribune.fr/regions/nord-pas-de-calais/nord-valenciennes-a-enfin-son-euratechnologies-de-l-image-468668.html',
      'http://o-drie.nl/en/portfolio/la-serre-numerique/',
    ],
  },
  {
    slug: 'arenberg-creative-mine',
    name: 'Arenberg Creative Mine',
    city: 'Wallers',
    postcode: '59135',
    address: 'Rue Michel Rondet, 59135 Wallers',
    addressVerified: true,
    // Pit no. 1 of the Arenberg colliery (French Wikipedia "Fosse Arenberg" infobox, via a mirror).
    lat: 50.384853,
    lng: 3.425181,
    coordinatesApproximate: false,
    coordinatesSource: 'https://pt.frwiki.wiki/wiki/Fosse_Arenberg',
    figuresYear: null,
    descriptionFr:
      "Ancienne fosse minière d'Arenberg (patrimoine mondial de l'UNESCO) devenue pôle image et médias en 2015 : laboratoire DeVisu de l'UPHF, studios de tournage, salle de projection, post-production, étalonnage, plateaux virtuels.",
    descriptionEn:
      'The former Arenberg colliery (UNESCO World Heritage) turned image and media hub in 2015: the UPHF DeVisu lab, shooting studios, projection room, post-production, colour grading, virtual sets.',
    facilities: [
      'Shooting studios',
      'Projection room',
      'Post-production',
      'Colour grading',
      'Virtual sets (keying)',
      'Photogrammetry room',
      'Incubator and coworking',
    ],
    website: null,
    sources: [
      'https://www.erih.net/i-want-to-go-there/site/arenberg-fosse',
      'https://fr.m.wikipedia.org/wiki/Arenberg_Creative_Mine',
      'http://prefectures-regions.gouv.fr/hauts-de-france/Actualites/Requalification-Ouverture-d-Arenberg-Creative-Mine',
      'https://va-infos.fr/?p=27416',
    ],
  },
];
