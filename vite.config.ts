import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";
import { contentSecurityPolicyPlugin } from "./scripts/csp-plugin.ts";
import { datasetPlugin } from "./scripts/dataset-plugin.ts";
import { firstPaintPlugin } from "./scripts/first-paint-plugin.ts";
import { headersPlugin } from "./scripts/headers-plugin.ts";
import { inlineEntryCssPlugin } from "./scripts/inline-entry-css-plugin.ts";

export default defineConfig({
  plugins: [
    datasetPlugin(),
    react(),
    inlineEntryCssPlugin(),
    // Before the CSP plugin, which allows its inline script by hash.
    firstPaintPlugin(),
    contentSecurityPolicyPlugin(),
    // After the CSP plugin: copies the built page's policy into dist/_headers.
    headersPlugin(),
    // Installable and offline: a service worker that precaches the page and every chunk (lazy
    // views and the dataset too), so any link opens again without a network. The web manifest is
    // public/manifest.webmanifest; src/app/service-worker.ts links it and registers the worker
    // after the first paint, and asks before switching to a new deploy ('prompt').
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      // Not from here: the plugin would link it in index.html, and browsers fetch a linked
      // manifest and its icon while the page loads, in the way of the first paint.
      manifest: false,
      includeAssets: ["manifest.webmanifest", "icon-*.png"],
      workbox: {
        // og-image.png and robots.txt are for other sites, not for the app.
        globPatterns: ["**/*.{js,css,html}"],
        // Every link is the one page with its state in the query string.
        navigateFallback: "index.html",
        // Files opened directly (/robots.txt, /og-image.png) are not the app.
        navigateFallbackDenylist: [/^\/[^?]*\.[^/?]+(?:\?|$)/],
        // The first visit is controlled at once, so it works offline without a second load.
        // A later deploy still waits for the user's "Reload" (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
  // Every browser the app supports preloads modules itself: no polyfill in the first script.
  build: { modulePreload: { polyfill: false } },
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
