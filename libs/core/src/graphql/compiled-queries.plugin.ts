import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * A document is compiled the second time it comes (Apollo's parsed-document cache hands back the same document for
 * the same text): the web app's few dozen documents are compiled at once, a stranger's one-off document never.
 */
const COMPILE_AT = 2;

interface Compiled {
  seen: number;
  /** By operation name ('' for a document's only operation); null when graphql-jit cannot compile it. */
  operations: Map<string, CompiledQuery | null>;
}

/**
 * Queries run by graphql-jit instead of graphql-js: a document compiled once to a function that resolves its fields
 * without building graphql-js's per-field info, paths and promises, which were most of the API's GraphQL execution
 * and much of its garbage per search (docs/BENCHMARKS.md, API overhead). The resolvers, guards and time budget are
 * the schema's own. Only an answer without errors is sent from here: a query whose compiled run has errors is run
 * again by Apollo (queries read, they do not write), so that every error is reported, formatted and masked exactly
 * as before. Mutations are never compiled.
 */
export function compiledQueries(): ApolloServerPlugin {
  const documents = new WeakMap<DocumentNode, Compiled>();
  const compiledFor = (context: {
    document: DocumentNode;
    schema: Parameters<typeof compileQuery>[0];
    operationName: string | null;
  }) => {
    let entry = documents.get(context.document);
    if (!entry) documents.set(context.document, (entry = { seen: 0, operations: new Map() }));
    if (++entry.seen < COMPILE_AT) return null;
    const name = context.operationName ?? '';
    let compiled = entry.operations.get(name);
    if (compiled === undefined) {
      const result = compileQuery(context.schema, context.document, context.operationName ?? undefined);
      compiled = isCompiledQuery(result) ? result : null;
      entry.operations.set(name, compiled);
    }
    return compiled;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, document, schema, request, contextValue }) {
          if (operation.operation !== 'query') return null;
          const compiled = compiledFor({ document, schema, operationName: request.operationName ?? null });
          if (!compiled) return null;
          const result = await compiled.query(undefined, contextValue, request.variables ?? {});
          if (result.errors?.length) return null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data } },
          };
        },
      };
    },
  };
}
