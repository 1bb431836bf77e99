import { isOwnOptionId } from "../../domain/own-options.ts";
import { publishedValueOf } from "../../domain/score-overrides.ts";
import type { Dataset, Framework, Weights } from "../../domain/types.ts";
import { citedSources } from "./cited-sources.ts";
import { type CompareRow, finishRow } from "./compare-rows.ts";
import { factRows } from "./fact-rows.ts";

/** Displayed fit by framework id; frameworks the language filter leaves out are absent. */
export type FitById = ReadonlyMap<string, number>;

/** The whole comparison: fit, facts, one row per criterion score, then pros and cons. */
export function compareRows(
  frameworks: readonly Framework[],
  dataset: Pick<Dataset, "criteria" | "languages">,
  weights: Weights,
  fits: FitById,
): CompareRow[] {
  const fitRow = finishRow({
    id: "fit",
    group: "fit",
    label: "Fit (0–100)",
    cells: frameworks.map((f) => {
      const value = fits.get(f.id);
      return value === undefined
        ? { kind: "fit", value: null, note: "Left out by your language filter" }
        : { kind: "fit", value, note: `${value} of 100` };
    }),
  });
  const scoreRows = dataset.criteria.map((c) =>
    finishRow({
      id: `score-${c.id}`,
      group: "scores",
      label: c.label,
      hint: `Your weight: ${weights[c.id]} of 5`,
      cells: frameworks.map((f) => {
        const score = f.scores[c.id];
        const sources = citedSources(f, score.sources);
        if (isOwnOptionId(f.id))
          return { kind: "score", value: score.value, why: score.why, sources };
        return {
          kind: "score",
          value: score.value,
          why: score.why,
          sources,
          published: publishedValueOf(score),
          target: {
            framework: { id: f.id, name: f.name },
            criterion: { id: c.id, label: c.label },
          },
        };
      }),
    }),
  );
  const list = (id: "pros" | "cons", label: string) =>
    finishRow({
      id,
      group: "pros-cons",
      label,
      cells: frameworks.map((f) => ({ kind: "list", items: f[id] })),
    });
  return [
    fitRow,
    ...factRows(frameworks, dataset),
    ...scoreRows,
    list("pros", "Pros"),
    list("cons", "Cons"),
  ];
}
