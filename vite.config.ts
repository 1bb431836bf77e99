import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { contentSecurityPolicyPlugin } from "./scripts/csp-plugin.ts";
import { datasetPlugin } from "./scripts/dataset-plugin.ts";
import { headersPlugin } from "./scripts/headers-plugin.ts";
import { inlineEntryCssPlugin } from "./scripts/inline-entry-css-plugin.ts";

export default defineConfig({
  plugins: [
    datasetPlugin(),
    react(),
    inlineEntryCssPlugin(),
    contentSecurityPolicyPlugin(),
    // After the CSP plugin: copies the built page's policy into dist/_headers.
    headersPlugin(),
  ],
  server: { host: "127.0.0.1" },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["src/**/*.dom.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["src/**/*.test.tsx", "src/**/*.dom.test.ts"],
          setupFiles: ["./tests/setup-dom.ts"],
        },
      },
    ],
  },
});
