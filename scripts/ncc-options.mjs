// The options every ncc bundle of this project is made with: the actions'
// bundles and their workers (scripts/bundle.mjs) and bench/build's floor.
export const NCC_OPTIONS = Object.freeze({
  cache: false,
  minify: false,
  sourceMap: false,
  target: 'es2022',
  // Type-checking is tsc's job (npm test runs it once over the whole
  // project); ncc checking every entry again took minutes and ran out of heap.
  transpileOnly: true,
  quiet: true,
});
