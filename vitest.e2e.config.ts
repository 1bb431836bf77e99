import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A real browser on a busy 2-core machine: give polled assertions more than the 1 s default.
    expect: { poll: { timeout: 5_000 } },
  },
});
