import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Criterion, Framework } from "../../domain/types.ts";
import { loadShareState, resetAppStore, useAppStore } from "../../state/store.ts";
import { CompareView } from "./compare-view.tsx";

beforeEach(resetAppStore);

const renderRadar = vi.fn((frameworks: readonly Framework[], _: readonly Criterion[]) => (
  <p>Radar of {frameworks.map((f) => f.name).join(", ")}</p>
));
const renderView = () => render(<CompareView renderRadar={renderRadar} />);
const choose = (...ids: string[]) =>
  loadShareState({ ...useAppStore.getState(), view: "compare", compare: ids });
const columnNames = () =>
  within(screen.getByRole("table"))
    .getAllByRole("columnheader")
    .map((th) => th.querySelector(".column-name")?.textContent);

describe("CompareView", () => {
  it("explains how to choose when nothing is chosen, with no table", () => {
    renderView();
    expect(screen.getByRole("heading", { name: "Nothing to compare yet" })).toBeInTheDocument();
    expect(screen.getByText(/use the Compare buttons in the Results or Matrix view/)).toBeVisible();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(renderRadar).not.toHaveBeenCalled();
  });

  it("asks for one more when one is chosen", async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole("checkbox", { name: "Django" }));
    expect(screen.getByRole("heading", { name: "Choose one more to compare with Django" }));
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("adds frameworks with the picker and shows them as columns, in the order chosen", async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole("checkbox", { name: "Phoenix" }));
    await user.click(screen.getByRole("checkbox", { name: "Django" }));
    expect(useAppStore.getState().compare).toEqual(["phoenix", "django"]);
    expect(screen.getByRole("table", { name: "Phoenix and Django side by side" })).toBeVisible();
    expect(columnNames()).toEqual(["Phoenix", "Django"]);
    expect(screen.getByText("Radar of Phoenix, Django")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("2 of 4 chosen.");
  });

  it("allows at most four: the other checkboxes are disabled until one is removed", async () => {
    const user = userEvent.setup();
    choose("django", "rails", "phoenix", "laravel");
    renderView();
    expect(screen.getByRole("status")).toHaveTextContent(
      "4 of 4 chosen: remove one to add another.",
    );
    const flask = screen.getByRole("checkbox", { name: "Flask" });
    expect(flask).toBeDisabled();
    await user.click(flask);
    expect(useAppStore.getState().compare).toHaveLength(4);
    expect(screen.getByRole("checkbox", { name: "Django" })).toBeEnabled();
    await user.click(screen.getByRole("button", { name: "Remove Laravel" }));
    expect(flask).toBeEnabled();
    await user.click(flask);
    expect(useAppStore.getState().compare).toEqual(["django", "rails", "phoenix", "flask"]);
    expect(columnNames()).toEqual(["Django", "Ruby on Rails", "Phoenix", "Flask"]);
  });

  it("removes with a chip or by unticking, back to the explanation below two", async () => {
    const user = userEvent.setup();
    choose("django", "rails", "phoenix");
    renderView();
    const chosen = screen.getByRole("list", { name: "Chosen for compare" });
    expect(
      within(chosen)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Django ×", "Ruby on Rails ×", "Phoenix ×"]);
    await user.click(screen.getByRole("button", { name: "Remove Ruby on Rails" }));
    expect(columnNames()).toEqual(["Django", "Phoenix"]);
    await user.click(screen.getByRole("checkbox", { name: "Phoenix" }));
    expect(useAppStore.getState().compare).toEqual(["django"]);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /Choose one more/ })).toBeInTheDocument();
  });

  it("tabulates facts, scores with sources, pros and cons, and marks the best score", () => {
    choose("django", "phoenix");
    renderView();
    const table = screen.getByRole("table");
    const rowHeader = (name: RegExp | string) => within(table).getByRole("rowheader", { name });
    for (const label of ["License", "Latest version", "Repository", "Pros", "Cons"]) {
      expect(rowHeader(label)).toBeInTheDocument();
    }
    const realtime = rowHeader(/^Real-time\s*Your weight/).closest("tr") as HTMLElement;
    const cells = within(realtime).getAllByRole("cell");
    expect(cells[1]).toHaveTextContent("5/5");
    expect(cells[1]).toHaveTextContent("Best");
    expect(cells[0]).not.toHaveTextContent("Best");
    const source = within(cells[1] as HTMLElement).getAllByRole("link")[0];
    expect(source).toHaveAttribute("rel", "noopener noreferrer");
    expect(within(table).getByRole("link", { name: "django/django" })).toHaveAttribute(
      "href",
      "https://github.com/django/django",
    );
  });

  it("dims rows that are the same and hides them on request", async () => {
    const user = userEvent.setup();
    choose("django", "rails");
    renderView();
    const kind = screen.getByRole("rowheader", { name: /^Kind/ });
    expect(kind).toHaveTextContent("Same for all");
    expect(kind.closest("tr")).toHaveClass("same");
    await user.click(screen.getByRole("checkbox", { name: "Show only differences" }));
    expect(screen.queryByRole("rowheader", { name: /^Kind/ })).not.toBeInTheDocument();
    expect(screen.getByRole("rowheader", { name: /^Languages/ })).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Show only differences" }));
    expect(screen.getByRole("rowheader", { name: /^Kind/ })).toBeInTheDocument();
  });

  it("sends the user to Results or Matrix to choose there", async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole("button", { name: "Go to Results" }));
    expect(useAppStore.getState().view).toBe("results");
  });
});
