// Unit, integration and bundle tests run under ts-jest; e2e (Chromium) has its own project.
/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/emulator/tsconfig.json' }];

module.exports = {
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/support/time-zone.ts'],
  transform: { '^.+\\.ts$': tsJest },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
};
