import { fileURLToPath } from "node:url";
import { build, type Plugin } from "vite";
import { pageTableHtml } from "../src/app/first-paint/page-table.ts";
import { rankingTableOf } from "../src/app/first-paint/ranking-table.ts";
import type { Dataset } from "../src/domain/types.ts";
import { datasetPathFromEnv, loadDatasetFile } from "./dataset-plugin.ts";

const ENTRY = fileURLToPath(new URL("../src/app/first-paint/first-paint.ts", import.meta.url));
const NO_PACKED_ORDER = fileURLToPath(
  new URL("../src/app/first-paint/no-packed-order.ts", import.meta.url),
);

/** The scoring core's radix sort is for thousands of alternatives: not in the page's inline script. */
const withoutPackedOrder: Plugin = {
  name: "framework-fit:first-paint-without-packed-order",
  enforce: "pre",
  resolveId: (source) => (source === "./packed-order.ts" ? NO_PACKED_ORDER : null),
};

/** The first-paint script: one minified, self-contained function. */
export async function buildFirstPaintScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: "silent",
    publicDir: false,
    plugins: [withoutPackedOrder],
    build: {
      write: false,
      minify: true,
      lib: { entry: ENTRY, formats: ["iife"], name: "frameworkFitFirstPaint" },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs
    .flatMap((output) => ("output" in output ? output.output : []))
    .find((file) => file.type === "chunk");
  if (chunk?.type !== "chunk") throw new Error("The first-paint script was not built");
  const code = chunk.code.trim();
  // The text goes inside <script>: it must not be able to end that element early.
  if (/<\/script|<!--/i.test(code))
    throw new Error("The first-paint script contains </script or <!--");
  return code;
}

/**
 * Writes the ranking table (the catalogue and every framework's scores) into the page as a JSON
 * data block, which the app reads its catalogue from, and, in builds, the first-paint script
 * (src/app/first-paint/) after it, which runs before the first paint: a plain results link draws
 * its ranking before the app's modules arrive. Before the CSP plugin, which allows the script by
 * its hash.
 */
export function firstPaintPlugin(): Plugin {
  let building = false;
  return {
    name: "framework-fit:first-paint",
    configResolved: (config) => {
      building = config.command === "build";
    },
    transformIndexHtml: {
      order: "post",
      handler: async (html) => {
        const loaded = loadDatasetFile(datasetPathFromEnv());
        if ("error" in loaded) throw new Error(loaded.error);
        const table = pageTableHtml(rankingTableOf(loaded.data as Dataset));
        const script = building ? `<script>${await buildFirstPaintScript()}</script>` : "";
        if (!html.includes("</body>")) throw new Error("index.html has no </body>");
        return html.replace("</body>", `${table}${script}\n  </body>`);
      },
    },
  };
}
