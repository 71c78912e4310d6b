const { buildSchema, parse, validate } = require('graphql');
const fs = require('fs');
const { ApolloArmor } = require('@escape.tech/graphql-armor');
const schema = buildSchema(fs.readFileSync('apps/web/schema.graphql', 'utf8'));
const { validationRules } = new ApolloArmor({ costLimit: { maxCost: 1, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 }, maxTokens: { enabled: false } }).protect();
for (const d of process.argv.slice(2)) console.log(validate(schema, parse(d), validationRules).map((e) => e.message).join(';'), '<=', d);
