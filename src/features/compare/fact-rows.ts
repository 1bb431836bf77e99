import { type Catalogue, kindLabel, languageNames } from "../../domain/catalogue.ts";
import { isOwnOptionId } from "../../domain/own-options.ts";
import type { FactField, Framework } from "../../domain/types.ts";
import { citedSources } from "./cited-sources.ts";
import { type CompareCell, type CompareRow, finishRow } from "./compare-rows.ts";

type FactCell = (f: Framework, catalogue: Pick<Catalogue, "languages">) => CompareCell;

const text = (value: string): CompareCell => ({ kind: "text", text: value });

/** A fact's value with the sources the dataset cites for that field. */
const sourced =
  (field: FactField, value: (f: Framework) => string): FactCell =>
  (f) => ({ kind: "fact", text: value(f), sources: citedSources(f, f.factSources[field]) });

/** The host name of a website, e.g. "www.djangoproject.com"; the raw text if it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** Facts in table order: label and how to read each framework's value. */
const FACTS: readonly (readonly [id: string, label: string, cell: FactCell])[] = [
  ["summary", "In short", (f) => text(f.summary)],
  ["kind", "Kind", (f) => text(kindLabel(f))],
  ["languages", "Languages", (f, catalogue) => text(languageNames(catalogue, f.languages))],
  ["license", "License", sourced("license", (f) => f.license)],
  ["first-release", "First release", sourced("firstRelease", (f) => String(f.firstRelease))],
  [
    "latest-version",
    "Latest version",
    sourced("latestVersion", (f) => `${f.latestVersion.version} (${f.latestVersion.date})`),
  ],
  ["orm", "ORM / data layer", sourced("orm", (f) => f.orm ?? "None first-party")],
  ["realtime", "Real-time", sourced("realtime", (f) => f.realtime ?? "None first-party")],
  ["templating", "Templating", sourced("templating", (f) => f.templating ?? "None")],
  [
    "admin",
    "Admin interface",
    sourced("adminInterface", (f) => (f.adminInterface ? "Yes, generated" : "No")),
  ],
  ["concurrency", "Concurrency", sourced("concurrency", (f) => f.concurrency)],
  [
    "repository",
    "Repository",
    (f) => ({ kind: "link", text: f.repository, href: `https://github.com/${f.repository}` }),
  ],
  ["website", "Website", (f) => ({ kind: "link", text: hostOf(f.website), href: f.website })],
];

/** Facts a user's own option has; it has no license, releases, repository or sources. */
const OWN_OPTION_FACTS: ReadonlySet<string> = new Set(["summary", "kind", "languages"]);

/** One row per fact of the frameworks, in the order of the table. */
export function factRows(
  frameworks: readonly Framework[],
  catalogue: Pick<Catalogue, "languages">,
): CompareRow[] {
  return FACTS.map(([id, label, cell]) =>
    finishRow({
      id,
      group: "facts",
      label,
      cells: frameworks.map((f) =>
        isOwnOptionId(f.id) && !OWN_OPTION_FACTS.has(id) ? text("—") : cell(f, catalogue),
      ),
    }),
  );
}
