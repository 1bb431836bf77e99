/**
 * The page's inline script (scripts/first-paint-plugin.ts builds it and writes it after #root):
 * a plain results link shows its ranking before the app's modules arrive.
 */
import { readPageTable } from "./page-table.ts";
import { paintSharedResults } from "./paint-shared-results.ts";

paintSharedResults(document, location.search, readPageTable(document));
