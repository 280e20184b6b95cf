// ESM throughout: @actions/core and @octokit/* are ESM-only, so tests run under
// --experimental-vm-modules (see the "test" script) with ts-jest in ESM mode.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testTimeout: 60000,
  // The suites wait on child processes and the emulator more than on the CPU: two workers halve CI time on 2 cores.
  maxWorkers: 2,
};
