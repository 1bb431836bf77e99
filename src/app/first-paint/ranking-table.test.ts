import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankFrameworks } from "../../domain/scoring.ts";
import { datasetArb, languagesArb, weightsArb } from "../../testing/arbitraries.ts";
import { FIXTURE_DATASET } from "../../testing/fixtures.ts";
import { rankingTableOf, rankTable } from "./ranking-table.ts";

const shown = (items: readonly { framework: { id: string }; rank: number; fit: number }[]) =>
  items.map((item) => [item.framework.id, item.rank, item.fit]);

describe("the ranking table", () => {
  it("ranks exactly as the app does, from a few hundred bytes", () => {
    fc.assert(
      fc.property(datasetArb, weightsArb, languagesArb, (dataset, weights, languages) => {
        const table = rankingTableOf(dataset);
        const profile = { weights, languages };
        expect(shown(rankTable(table, profile))).toEqual(
          shown(rankFrameworks(dataset, profile).ranked),
        );
      }),
    );
  });

  it("keeps one digit per criterion and survives JSON", () => {
    const table = rankingTableOf(FIXTURE_DATASET);
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    for (const framework of table.frameworks) expect(framework.scores).toMatch(/^[1-5]{9}$/);
    expect(table.frameworks.map((f) => f.name)).toEqual(
      FIXTURE_DATASET.frameworks.map((f) => f.name),
    );
  });
});
