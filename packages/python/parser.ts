/**
 * Loads tree-sitter's Python grammar (WebAssembly: nothing native to build).
 *
 * web-tree-sitter's ESM build reaches Node's `module` with a dynamic import
 * that ncc's bundle resolves to an object without `createRequire`, so the
 * bundles cannot inline it. Instead scripts/bundle.mjs copies its CommonJS
 * build and both .wasm files beside each bundle that parses Python, and this
 * module loads them from there; from source (tests, CLI) they come from
 * node_modules.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type * as TreeSitter from 'web-tree-sitter';

export type { Node as SyntaxNode, Tree } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

function locate(): { runtime: string; grammar: string } {
  const beside = path.join(here, 'tree-sitter.cjs');
  if (existsSync(beside)) {
    return { runtime: beside, grammar: path.join(here, 'tree-sitter-python.wasm') };
  }
  return {
    runtime: require.resolve('web-tree-sitter'),
    grammar: require.resolve('tree-sitter-python/tree-sitter-python.wasm'),
  };
}

let loading: Promise<TreeSitter.Parser> | undefined;
let runtime_: typeof TreeSitter | undefined;

/** One parser per process, created on first use. */
export function pythonParser(): Promise<TreeSitter.Parser> {
  loading ??= (async () => {
    const { runtime, grammar } = locate();
    const ts = require(runtime) as typeof TreeSitter;
    await ts.Parser.init();
    runtime_ = ts;
    const language = await ts.Language.load(readFileSync(grammar));
    const parser = new ts.Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return loading;
}

/**
 * Compiles a tree-sitter query over the Python grammar. It must come from the
 * same runtime instance as the parser, and `Language.query` (the only other way
 * to reach the Query class) prints a deprecation warning on every call.
 */
export async function pythonQuery(source: string): Promise<TreeSitter.Query> {
  const parser = await pythonParser();
  return new runtime_!.Query(parser.language!, source);
}
