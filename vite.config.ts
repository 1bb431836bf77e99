import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { contentSecurityPolicyPlugin } from "./scripts/csp-plugin.ts";
import { inlineEntryCssPlugin } from "./scripts/inline-entry-css-plugin.ts";
import { validateDatasetPlugin } from "./scripts/validate-dataset-plugin.ts";

export default defineConfig({
  plugins: [
    validateDatasetPlugin(),
    react(),
    inlineEntryCssPlugin(),
    contentSecurityPolicyPlugin(),
  ],
  server: { host: "127.0.0.1" },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "jsdom",
    setupFiles: ["./tests/setup-dom.ts"],
    restoreMocks: true,
  },
});
