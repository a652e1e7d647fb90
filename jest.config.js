// ESM all the way: the sources are ESM and several dependencies (@actions/core,
// @octokit/*) ship only ESM, so jest runs with --experimental-vm-modules and
// ts-jest transpiles without type-checking (tsc --noEmit does that, once).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
};
