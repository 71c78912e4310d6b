import type { GraphQLFormattedError } from 'graphql';

type French = (...groups: string[]) => string;

/** A number as it is said: graphql-armor's cost has decimals (85687.5), nobody needs them. */
const whole = (n: string) => String(Math.round(Number(n)));

/**
 * French for what refuses a document before it runs: graphql-armor's limits (which it words "Syntax Error: …"),
 * graphql-js's token limit, and our list cost. Matched on the message without the "Syntax Error: " prefix.
 */
const LIMITS: [RegExp, French][] = [
  [
    /^Query depth limit of (\d+) exceeded, found (\d+)\.$/,
    (max, n) => `La requête est trop profonde : ${max} niveaux au plus, elle en a ${n}.`,
  ],
  [
    /^Aliases limit of (\d+) exceeded, found (\d+)\.$/,
    (max, n) => `Trop d’alias : ${max} au plus, la requête en a ${n}.`,
  ],
  [
    /^Query Cost limit of (\d+) exceeded, found ([\d.]+)\.$/,
    (max, n) => `La requête coûte trop : ${max} au plus, elle coûte ${whole(n)}.`,
  ],
  [
    /^Directives limit of (\d+) exceeded, found (\d+)\.$/,
    (max, n) => `Trop de directives : ${max} au plus, la requête en a ${n}.`,
  ],
  [
    /^Token limit of (\d+) exceeded\.$/,
    (max) => `La requête compte plus de ${max} éléments (mots, signes) : elle n’est pas lue.`,
  ],
  // graphql-js's own token limit ("more that" is its spelling).
  [
    /^Document contains more th[ae]t (\d+) tokens\. Parsing aborted\.$/,
    (max) => `La requête compte plus de ${max} éléments (mots, signes) : elle n’est pas lue.`,
  ],
  [
    /^This operation could resolve (\d+) fields \(at most (\d+)\): ask for fewer items \(first\) or fewer fields$/,
    (n, max) =>
      `Cette opération pourrait renvoyer ${n} champs (${max} au plus) : demandez moins d’éléments (first) ou moins de champs`,
  ],
];

const SYNTAX = 'Syntax Error: ';

/** graphql-js's names of tokens, as a reader says them; a punctuator ("}") or a word ("query") stays as it is. */
function token(name: string): string {
  if (name === '<EOF>') return 'la fin du document';
  return name
    .replace(/^Name\b/, 'le nom')
    .replace(/^Int\b/, 'l’entier')
    .replace(/^String\b/, 'la chaîne');
}

/** graphql-js's most common syntax descriptions; another one is left to `englishMessage`. */
const SYNTAX_DETAILS: [RegExp, French][] = [
  [
    /^Expected (.+), found (.+)\.$/,
    (expected, found) => `attendu : ${token(expected)} ; trouvé : ${token(found)}.`,
  ],
  [/^Unexpected (.+)\.$/, (found) => `inattendu : ${token(found)}.`],
  [/^Unterminated string\.$/, () => 'une chaîne n’est jamais fermée.'],
];

/**
 * A refused document's message in French (codes GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED): a limit in
 * its own words; any other syntax error says where it is, and what is wrong when graphql-js says it in a known way
 * (`Expected Name, found <EOF>`). Null for what it does not know (other validation failures stay English).
 */
export function frenchProtocolMessage(error: GraphQLFormattedError): string | null {
  const syntax = error.message.startsWith(SYNTAX);
  const text = syntax ? error.message.slice(SYNTAX.length) : error.message;
  for (const [pattern, french] of LIMITS) {
    const match = pattern.exec(text);
    if (match) return french(...match.slice(1));
  }
  if (!syntax) return null;
  const at = error.locations?.[0];
  const where = at ? ` (ligne ${at.line}, colonne ${at.column})` : '';
  for (const [pattern, french] of SYNTAX_DETAILS) {
    const match = pattern.exec(text);
    if (match) return `Erreur de syntaxe dans la requête GraphQL${where} : ${french(...match.slice(1))}`;
  }
  return `Erreur de syntaxe dans la requête GraphQL${where}.`;
}
