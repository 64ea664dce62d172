// Unit, integration and bundle tests run under ts-jest; e2e (Chromium) has its own project.
// Apps Script runs JavaScript in the manifest's time zone (Europe/London); so do the tests. Set here,
// in the main process before workers start, because a test file's `process.env` is a copy.
process.env.TZ = 'Europe/London';

/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/emulator/tsconfig.json' }];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Jest's default on a 2-core machine (CI's) is one worker; the shared-sheet sweeps are CPU-bound.
  maxWorkers: 2,
};
