/**
 * French for the messages that name what is wrong with one field (`extensions.fields`): class-validator's own
 * ("firstName must be shorter than or equal to 100 characters") and the services' ("ends before it starts").
 * A field's message is shown beside that field, so the French leaves the field's name out. Unknown: null.
 */
export function frenchFieldMessage(message: string): string | null {
  const each = message.startsWith('each value in ');
  const text = each ? message.slice('each value in '.length) : message;
  const french = EXACT[text] ?? translated(withoutProperty(text));
  return french && each ? `chaque valeur : ${french}` : french;
}

/** "firstName must …" → "must …"; the services' messages have no property ("must be on or after startsOn"). */
function withoutProperty(text: string): string {
  const match = /^[A-Za-z][\w.]* ((?:must|may) .*)$/.exec(text);
  return match ? match[1] : text;
}

function translated(text: string): string | null {
  const exact = EXACT[text];
  if (exact) return exact;
  for (const [pattern, french] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return french(...match.slice(1));
  }
  return null;
}

const EXACT: Record<string, string> = {
  // class-validator's defaults, the property taken off
  'must be a string': 'doit être du texte',
  'must be a UUID': 'doit être un identifiant (UUID)',
  'must be an integer number': 'doit être un nombre entier',
  'must be a number conforming to the specified constraints': 'doit être un nombre',
  'must be a boolean value': 'doit être vrai ou faux',
  'must be a valid ISO31661 Alpha2 code': 'doit être un code pays ISO 3166-1 alpha-2, comme « FR »',
  'must be a latitude string or number': 'doit être une latitude',
  'must be a longitude string or number': 'doit être une longitude',
  'must be an email': 'doit être une adresse e-mail',
  'must be a URL address': 'doit être une adresse web',
  'must be a valid ISO 8601 date string': 'doit être une date, AAAA-MM-JJ',
  // core's own validators
  'must be a day, YYYY-MM-DD': 'doit être un jour, AAAA-MM-JJ',
  'must not be blank': 'ne doit pas être vide',
  'must be an http:// or https:// address': 'doit être une adresse http:// ou https://',
  // the inputs' own messages
  'must be a valid email address': 'doit être une adresse e-mail valide',
  'must be ISO 3166-1 alpha-2 codes': 'doit être des codes pays ISO 3166-1 alpha-2, comme « FR »',
  'must be an ISO 3166-1 alpha-2 code such as "FR"':
    'doit être un code pays ISO 3166-1 alpha-2, comme « FR »',
  'must be ISO 639-1 codes': 'doit être des codes de langue ISO 639-1, comme « fr »',
  'must be ISO 639-1 codes such as "fr"': 'doit être des codes de langue ISO 639-1, comme « fr »',
  'must be an ISO 639-1 code such as "en"': 'doit être un code de langue ISO 639-1, comme « en »',
  'must be 2 to 40 lower-case letters or -': 'doit faire 2 à 40 lettres minuscules ou -',
  'must hold 6 to 24 digits, spaces, + ( ) . -': 'doit faire 6 à 24 chiffres, espaces, + ( ) . -',
  'must be 3 to 10 digits or capital letters': 'doit faire 3 à 10 chiffres ou lettres capitales',
  'must be an RNCP code such as RNCP40325': 'doit être un code RNCP, comme RNCP40325',
  'must be 9 digits': 'doit faire 9 chiffres',
  'may hold only a-z, 0-9 and -': 'ne peut contenir que a-z, 0-9 et -',
  'may hold only a-z, 0-9 and _ (40 at most)': 'ne peut contenir que a-z, 0-9 et _ (40 au plus)',
  'must be true or false': 'doit être vrai ou faux',
  'must not contain the email': 'ne doit pas contenir l’adresse e-mail',
  'each genre must be a word or two (letters, digits, - and spaces)':
    'chaque genre : un ou deux mots (lettres, chiffres, - et espaces)',
  // the services' messages
  'ends before it starts': 'finit avant de commencer',
  'is wrong': 'est incorrect',
  'is already on another profile': 'figure déjà sur un autre profil',
  'is required': 'est requis',
  'does not match the account email': 'ne correspond pas à l’adresse e-mail du compte',
  'applies to French companies only': 'ne concerne que les entreprises françaises',
  'belongs to another school': 'appartient à une autre école',
  'cannot be cleared': 'ne peut pas être vidé',
  'cannot be combined with upcoming': 'ne se combine pas avec « à venir »',
  'cannot change': 'ne peut pas changer',
  'fails the SIREN checksum': 'n’est pas un SIREN valide (clé de contrôle)',
  'give both lat and lng': 'donnez la latitude et la longitude ensemble',
  'give both availableFrom and availableTo': 'donnez le premier et le dernier jour ensemble',
  'is before availableFrom': 'tombe avant availableFrom',
  'is more than the budget': 'dépasse le budget',
  'is not a cursor from this API': 'n’est pas un curseur de cette API',
  'is required when marketEndsOn is set': 'est requis quand la fin du marché est donnée',
  'is the company that owns the project': 'est l’entreprise qui porte le projet',
  'lists a language twice': 'cite une langue deux fois',
  'no such edition': 'édition inconnue',
  'not a delegation to this edition': 'n’est pas une délégation pour cette édition',
  'not found': 'introuvable',
  'repeats a kind': 'répète un type',
  'too long': 'trop long',
  'unknown company': 'entreprise inconnue',
  'unknown festival edition': 'édition de festival inconnue',
  'unknown person': 'personne inconnue',
  'unknown school': 'école inconnue',
  'you are not affiliated with this company': 'vous n’êtes pas membre de cette entreprise',
};

type French = (...groups: string[]) => string;

const PATTERNS: [RegExp, French][] = [
  [/^must be shorter than or equal to (\d+) characters$/, (n) => `${n} caractères au plus`],
  [/^must be longer than or equal to (\d+) characters$/, (n) => `${n} caractères au moins`],
  [/^must contain no more than (\d+) elements$/, (n) => `${n} éléments au plus`],
  [/^must contain at least (\d+) elements$/, (n) => `${n} éléments au moins`],
  [/^must not be greater than (-?[\d.]+)$/, (n) => `doit valoir ${n} au plus`],
  [/^must not be less than (-?[\d.]+)$/, (n) => `doit valoir ${n} au moins`],
  [/^must be one of the following values: (.*)$/, (values) => `doit être l’une de ces valeurs : ${values}`],
  [/^must be one of (.*)$/, (values) => `doit être l’une de ces valeurs : ${values}`],
  [/^must match .* regular expression$/, () => 'n’a pas la forme attendue'],
  [/^must be on or after (\w+)$/, (field) => `doit tomber le même jour que ${field} ou après`],
  [/^is below (\w+)$/, (field) => `est inférieur à ${field}`],
  [
    /^must be on or before the edition's last day \((.+)\)$/,
    (day) => `doit tomber au plus tard le dernier jour de l’édition (${day})`,
  ],
  [
    /^must be within (\d+) days before the edition starts$/,
    (n) => `doit tomber dans les ${n} jours avant le début de l’édition`,
  ],
  [/^must be within (\d+) days of (\w+)$/, (n, field) => `doit tomber dans les ${n} jours après ${field}`],
  [/^must fall in the edition's year \((.+)\)$/, (year) => `doit tomber dans l’année de l’édition (${year})`],
  [
    /^must fall within (\d+) days of the edition \((.+) to (.+)\)$/,
    (n, from, to) => `doit tomber à ${n} jours au plus de l’édition (du ${from} au ${to})`,
  ],
  [/^1 to (\d+) notification ids$/, (n) => `1 à ${n} identifiants de notification`],
  [/^give (\w+) only$/, (field) => `donnez seulement ${field}`],
  [/^the window may span (\d+) days at most$/, (n) => `la période couvre ${n} jours au plus`],
  [
    /^availability is known up to (\d+) days ahead$/,
    (n) => `les disponibilités sont connues jusqu’à ${n} jours à l’avance`,
  ],
  [
    /^is not a region of the company's country \((.+)\)$/,
    (country) => `n’est pas une région du pays de l’entreprise (${country})`,
  ],
  // zxcvbn's hint is English: the French gives its own advice instead.
  [
    /^is too easy to guess( \(.*\))?$/,
    () => 'est trop facile à deviner : ajoutez des mots ou des signes moins courants',
  ],
  [/^unknown craft "(.*)"$/, (slug) => `métier inconnu : « ${slug} »`],
  [/^unknown fund "(.*)"$/, (fund) => `fonds inconnu : « ${fund} »`],
  [/^unknown programme "(.*)"$/, (slug) => `formation inconnue : « ${slug} »`],
  [/^unknown school "(.*)"$/, (slug) => `école inconnue : « ${slug} »`],
  [/^unknown site "(.*)"$/, (slug) => `site inconnu : « ${slug} »`],
];
