import { graphqlHardening } from '@crossroads/core';
import { buildSchema, parse, validate, type ValidationRule } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const WEB = join(__dirname, '..', '..', 'web');

/** Every operation the web app sends, as codegen lists them in apps/web/src/gql/gql.ts (the keys of its map). */
function webOperations(): string[] {
  const source = readFileSync(join(WEB, 'src', 'gql', 'gql.ts'), 'utf8');
  const keys = source.matchAll(/^\s+"(\\n\s+(?:query|mutation)[^"]*)": typeof/gm);
  return [...new Set([...keys].map((match) => JSON.parse(`"${match[1]}"`) as string))];
}

/**
 * The API refuses an operation over its depth, alias and cost limits before running it (a `first: 100` list costs a
 * hundred times its items): a web page whose query is over them would only ever show an error.
 */
describe('web app operations', () => {
  const schema = buildSchema(readFileSync(join(WEB, 'schema.graphql'), 'utf8'));
  const rules = graphqlHardening(true).validationRules as ValidationRule[];
  const operations = webOperations();

  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it.each(operations.map((operation) => [/(?:query|mutation) (\w+)/.exec(operation)![1], operation]))(
    '%s stays within the API’s limits',
    (_name, operation) => {
      expect(validate(schema, parse(operation), rules).map((error) => error.message)).toEqual([]);
    },
  );
});
