import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import { rankFrameworks } from "../../domain/scoring.ts";
import { syntheticDataset } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { RANKING_FIRST_PAGE, RankingList } from "./ranking-list.tsx";

function renderRanking(count: number) {
  const dataset = syntheticDataset(count, 5);
  const { ranked } = rankFrameworks(dataset, { weights: DEFAULT_WEIGHTS, languages: [] });
  renderWithData(
    <RankingList
      ranked={ranked}
      criteria={dataset.criteria}
      weights={DEFAULT_WEIGHTS}
      compare={[]}
      marks={new Map()}
    />,
    dataset,
  );
  return ranked;
}

const items = () =>
  within(screen.getByRole("list", { name: "Ranking" })).getAllByRole("heading", { level: 3 });

describe("RankingList", () => {
  it("lists every framework of a short ranking, with no Show all", () => {
    renderRanking(10);
    expect(items()).toHaveLength(10);
    expect(screen.queryByRole("button", { name: /Show all/ })).toBeNull();
  });

  it("shows the top of a long ranking and all of it on request", async () => {
    const user = userEvent.setup();
    const ranked = renderRanking(45);
    expect(items().map((h) => h.textContent)).toEqual(
      ranked.slice(0, RANKING_FIRST_PAGE).map((r) => r.framework.name),
    );
    await user.click(screen.getByRole("button", { name: "Show all 45 frameworks" }));
    expect(items()).toHaveLength(45);
    await user.click(
      screen.getByRole("button", { name: `Show the top ${RANKING_FIRST_PAGE} only` }),
    );
    expect(items()).toHaveLength(RANKING_FIRST_PAGE);
  });
});
