import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A page that answers in a second on a quiet machine can take several on a loaded CI
    // runner: polls wait up to 10 s for what they expect (they stop as soon as it is there).
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
