import { graphqlHardening } from '@crossroads/core';
import { startTestApp, TestApp } from '@crossroads/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { formatDocument } from '@urql/core';
import { DocumentNode, printSchema, specifiedRules, validate } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../apps/api/src/create-app';
import * as webOperations from '../apps/web/src/gql/graphql';

/**
 * The web app's typed operations are generated from apps/web/schema.graphql (npm run web:codegen). The schema is
 * code-first and lives in memory, so this test prints it from the booted API and fails when the committed copy is
 * stale; `npm run web:schema` (UPDATE_WEB_SCHEMA=1) rewrites it.
 */
const SCHEMA_FILE = join(__dirname, '..', 'apps', 'web', 'schema.graphql');

describe('web schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(createApp, { OUTBOX_RELAY: 'false' });
  });
  afterAll(() => t.close());

  it('apps/web/schema.graphql is the schema the API serves', () => {
    const printed = `${printSchema(t.app.get(GraphQLSchemaHost).schema)}\n`;
    if (process.env.UPDATE_WEB_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  // A list of 100 rich nodes passes the cost limit (5,000) unnoticed in component tests, which never reach the API.
  it("every web operation passes the API's validation and limits (cost, depth) as urql sends it", () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const rules = [...specifiedRules, ...(graphqlHardening(true).validationRules as typeof specifiedRules)];
    const documents = Object.entries(webOperations).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThan(20);
    const failures = documents.flatMap(([name, document]) =>
      validate(schema, formatDocument(document as DocumentNode), rules).map(
        (error) => `${name}: ${error.message}`,
      ),
    );
    expect(failures).toEqual([]);
  });
});
