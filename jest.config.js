// ESM all the way: the sources are ESM and several dependencies (@actions/core,
// @octokit/*) ship only ESM, so jest runs with --experimental-vm-modules.
// TypeScript is transpiled by esbuild (test/esbuild-transform.mjs) without
// type-checking (tsc --noEmit does that, once): on cold caches it took ~15 %
// less CPU than ts-jest over the same 13 files (issue #16, _notes/tests.md).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': '<rootDir>/test/esbuild-transform.mjs',
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
};
