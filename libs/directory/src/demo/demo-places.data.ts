/**
 * Where the demo data is placed: weights of the region's communes, and the countries and cities of the foreign
 * co-production partners. Pure data, invented for demonstration: no real person or company.
 */

/** Weights of the region's communes for people and French companies (unlisted communes weigh 1). */
export const COMMUNE_WEIGHTS: Readonly<Record<string, number>> = {
  Lille: 30,
  Roubaix: 12,
  Tourcoing: 12,
  Valenciennes: 10,
  "Villeneuve-d'Ascq": 6,
  Amiens: 6,
  Arras: 4,
  Dunkerque: 4,
  'Marcq-en-Barœul': 3,
  Lens: 3,
  Douai: 3,
  Croix: 2,
  Lambersart: 2,
  Wasquehal: 2,
  Wallers: 2,
  Anzin: 2,
  'Boulogne-sur-Mer': 2,
  Calais: 2,
};

export interface ForeignCity {
  name: string;
  postcode: string;
  lat: number;
  lng: number;
  /** Language of the trade names made there. */
  language: 'fr' | 'nl' | 'de' | 'en' | 'es' | 'it';
}

export interface ForeignCountry {
  iso2: string;
  labelFr: string;
  labelEn: string;
  /** Companies per 100 foreign partners. */
  share: number;
  cities: readonly ForeignCity[];
  surnames: readonly string[];
}

/** Co-production partners, Belgium first (ISO 3166-1 alpha-2; the United Kingdom is GB). */
export const FOREIGN_COUNTRIES: readonly ForeignCountry[] = [
  {
    iso2: 'BE',
    labelFr: 'Belgique',
    labelEn: 'Belgium',
    share: 40,
    cities: [
      { name: 'Bruxelles', postcode: '1000', lat: 50.85, lng: 4.35, language: 'fr' },
      { name: 'Liège', postcode: '4000', lat: 50.63, lng: 5.57, language: 'fr' },
      { name: 'Mons', postcode: '7000', lat: 50.45, lng: 3.95, language: 'fr' },
      { name: 'Namur', postcode: '5000', lat: 50.47, lng: 4.87, language: 'fr' },
      { name: 'Charleroi', postcode: '6000', lat: 50.41, lng: 4.44, language: 'fr' },
      { name: 'Tournai', postcode: '7500', lat: 50.61, lng: 3.39, language: 'fr' },
      { name: 'Mouscron', postcode: '7700', lat: 50.74, lng: 3.21, language: 'fr' },
      { name: 'Gand', postcode: '9000', lat: 51.05, lng: 3.72, language: 'nl' },
      { name: 'Anvers', postcode: '2000', lat: 51.22, lng: 4.4, language: 'nl' },
      { name: 'Courtrai', postcode: '8500', lat: 50.83, lng: 3.26, language: 'nl' },
      { name: 'Bruges', postcode: '8000', lat: 51.21, lng: 3.22, language: 'nl' },
      { name: 'Louvain', postcode: '3000', lat: 50.88, lng: 4.7, language: 'nl' },
    ],
    surnames: [
      'Peeters',
      'Janssens',
      'Maes',
      'Jacobs',
      'Willems',
      'Claes',
      'Goossens',
      'Wouters',
      'De Smet',
      'Dubois',
      'Lambert',
      'Dupont',
      'Mertens',
      'Renard',
      'Lejeune',
      'Vermeulen',
    ],
  },
  {
    iso2: 'DE',
    labelFr: 'Allemagne',
    labelEn: 'Germany',
    share: 12,
    cities: [
      { name: 'Köln', postcode: '50667', lat: 50.94, lng: 6.96, language: 'de' },
      { name: 'Berlin', postcode: '10117', lat: 52.52, lng: 13.4, language: 'de' },
      { name: 'Hamburg', postcode: '20095', lat: 53.55, lng: 9.99, language: 'de' },
      { name: 'München', postcode: '80331', lat: 48.14, lng: 11.58, language: 'de' },
      { name: 'Düsseldorf', postcode: '40213', lat: 51.23, lng: 6.78, language: 'de' },
    ],
    surnames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner'],
  },
  {
    iso2: 'NL',
    labelFr: 'Pays-Bas',
    labelEn: 'Netherlands',
    share: 10,
    cities: [
      { name: 'Amsterdam', postcode: '1012', lat: 52.37, lng: 4.9, language: 'nl' },
      { name: 'Rotterdam', postcode: '3011', lat: 51.92, lng: 4.48, language: 'nl' },
      { name: 'Utrecht', postcode: '3511', lat: 52.09, lng: 5.12, language: 'nl' },
      { name: 'Hilversum', postcode: '1211', lat: 52.22, lng: 5.18, language: 'nl' },
    ],
    surnames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer'],
  },
  {
    iso2: 'LU',
    labelFr: 'Luxembourg',
    labelEn: 'Luxembourg',
    share: 8,
    cities: [
      { name: 'Luxembourg', postcode: 'L-1011', lat: 49.61, lng: 6.13, language: 'fr' },
      { name: 'Esch-sur-Alzette', postcode: 'L-4002', lat: 49.5, lng: 5.98, language: 'fr' },
    ],
    surnames: ['Schmit', 'Muller', 'Weber', 'Wagner', 'Thill', 'Kieffer', 'Reuter', 'Hoffmann'],
  },
  {
    iso2: 'CA',
    labelFr: 'Canada',
    labelEn: 'Canada',
    share: 8,
    cities: [
      { name: 'Montréal', postcode: 'H2X 1Y4', lat: 45.5, lng: -73.57, language: 'fr' },
      { name: 'Québec', postcode: 'G1R 4P5', lat: 46.81, lng: -71.21, language: 'fr' },
      { name: 'Toronto', postcode: 'M5V 2T6', lat: 43.65, lng: -79.38, language: 'en' },
      { name: 'Vancouver', postcode: 'V6B 1A1', lat: 49.28, lng: -123.12, language: 'en' },
    ],
    surnames: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin'],
  },
  {
    iso2: 'ES',
    labelFr: 'Espagne',
    labelEn: 'Spain',
    share: 6,
    cities: [
      { name: 'Madrid', postcode: '28013', lat: 40.42, lng: -3.7, language: 'es' },
      { name: 'Barcelona', postcode: '08001', lat: 41.39, lng: 2.17, language: 'es' },
      { name: 'Bilbao', postcode: '48001', lat: 43.26, lng: -2.93, language: 'es' },
      { name: 'Valencia', postcode: '46001', lat: 39.47, lng: -0.38, language: 'es' },
    ],
    surnames: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz'],
  },
  {
    iso2: 'IT',
    labelFr: 'Italie',
    labelEn: 'Italy',
    share: 6,
    cities: [
      { name: 'Roma', postcode: '00184', lat: 41.9, lng: 12.5, language: 'it' },
      { name: 'Milano', postcode: '20121', lat: 45.46, lng: 9.19, language: 'it' },
      { name: 'Torino', postcode: '10121', lat: 45.07, lng: 7.69, language: 'it' },
    ],
    surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
  },
  {
    iso2: 'GB',
    labelFr: 'Royaume-Uni',
    labelEn: 'United Kingdom',
    share: 6,
    cities: [
      { name: 'London', postcode: 'W1F 9JB', lat: 51.51, lng: -0.13, language: 'en' },
      { name: 'Manchester', postcode: 'M1 1AD', lat: 53.48, lng: -2.24, language: 'en' },
      { name: 'Bristol', postcode: 'BS1 4DJ', lat: 51.45, lng: -2.59, language: 'en' },
      { name: 'Glasgow', postcode: 'G1 1XQ', lat: 55.86, lng: -4.25, language: 'en' },
    ],
    surnames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Walker'],
  },
  {
    iso2: 'CH',
    labelFr: 'Suisse',
    labelEn: 'Switzerland',
    share: 4,
    cities: [
      { name: 'Genève', postcode: '1201', lat: 46.2, lng: 6.14, language: 'fr' },
      { name: 'Lausanne', postcode: '1003', lat: 46.52, lng: 6.63, language: 'fr' },
      { name: 'Zürich', postcode: '8001', lat: 47.37, lng: 8.54, language: 'de' },
    ],
    surnames: ['Favre', 'Rochat', 'Meier', 'Keller', 'Baumann', 'Bonvin', 'Perret'],
  },
];
