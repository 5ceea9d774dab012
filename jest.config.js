/** Jest runs TypeScript through SWC: no type-check here (`npm run typecheck` does that), so tests start fast. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  testTimeout: 30000,
};
