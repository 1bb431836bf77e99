import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { criterionLabels } from "../../domain/catalogue.ts";
import type { OwnOption } from "../../domain/own-options.ts";
import { resetAppStore, useAppStore } from "../../state/store.ts";
import { everywhere, FIXTURE_DATASET } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { OwnOptionsPanel } from "./own-options-panel.tsx";
import { ResultsView } from "./results-view.tsx";

beforeEach(resetAppStore);

const LABELS = criterionLabels(FIXTURE_DATASET);
const option = (name: string, scores = everywhere(3), languages: string[] = []): OwnOption => ({
  name,
  languages,
  scores,
});

const panel = () => screen.getByRole("region", { name: "Your own options" });
const addButton = () => within(panel()).getByRole("button", { name: "Add your own option" });
const listedNames = () =>
  within(panel())
    .queryAllByRole("listitem")
    .map((li) => li.querySelector(".own-name")?.textContent);

describe("OwnOptionsPanel", () => {
  it("adds an option from the form: in the store, listed, focus back on Add", async () => {
    const user = userEvent.setup();
    renderWithData(<OwnOptionsPanel />);
    expect(within(panel()).queryByRole("list")).not.toBeInTheDocument();

    await user.click(addButton());
    const name = screen.getByRole("textbox", { name: "Name" });
    expect(name).toHaveFocus();
    await user.keyboard("  Our   stack ");
    await user.click(screen.getByRole("checkbox", { name: "Ruby" }));
    await user.click(screen.getByRole("checkbox", { name: "Python" }));
    await user.selectOptions(screen.getByRole("combobox", { name: LABELS.performance }), "5");
    await user.selectOptions(screen.getByRole("combobox", { name: LABELS.flexibility }), "1");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(useAppStore.getState().own).toEqual([
      { name: "Our stack", languages: ["python", "ruby"], scores: [5, 3, 3, 3, 3, 3, 3, 3, 1] },
    ]);
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(listedNames()).toEqual(["Our stack"]);
    expect(within(panel()).getByRole("listitem")).toHaveTextContent("Python, Ruby");
    expect(addButton()).toHaveFocus();
  });

  it("saves by keyboard alone, any language and the middle score by default", async () => {
    const user = userEvent.setup();
    renderWithData(<OwnOptionsPanel />);
    addButton().focus();
    await user.keyboard("{Enter}Dropped{Escape}");
    expect(screen.queryByRole("textbox", { name: "Name" })).not.toBeInTheDocument();
    expect(addButton()).toHaveFocus();
    await user.keyboard("{Enter}");
    await user.keyboard("In-house{Enter}");
    expect(useAppStore.getState().own).toEqual([option("In-house")]);
    expect(within(panel()).getByRole("listitem")).toHaveTextContent("Any language");
  });

  it("refuses an empty name with an inline error, and Cancel adds nothing", async () => {
    const user = userEvent.setup();
    renderWithData(<OwnOptionsPanel />);
    await user.click(addButton());
    await user.keyboard("   ");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const name = screen.getByRole("textbox", { name: "Name" });
    expect(name).toBeInvalid();
    expect(name).toHaveAccessibleDescription("Enter a name for this option.");
    expect(name).toHaveFocus();
    expect(useAppStore.getState().own).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("textbox", { name: "Name" })).not.toBeInTheDocument();
    expect(useAppStore.getState().own).toEqual([]);
    expect(addButton()).toHaveFocus();
  });

  it("edits an option's scores in place and returns focus to its Edit button", async () => {
    const user = userEvent.setup();
    useAppStore.setState({ own: [option("Legacy"), option("Our stack", everywhere(2))] });
    renderWithData(<OwnOptionsPanel />);

    await user.click(screen.getByRole("button", { name: "Edit Our stack" }));
    expect(screen.getByRole("heading", { name: "Edit Our stack" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Our stack");
    const realtime = screen.getByRole("combobox", { name: LABELS.realtime });
    expect(realtime).toHaveValue("2");
    await user.selectOptions(realtime, "4");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(useAppStore.getState().own).toEqual([
      option("Legacy"),
      option("Our stack", [2, 2, 4, 2, 2, 2, 2, 2, 2]),
    ]);
    expect(screen.getByRole("button", { name: "Edit Our stack" })).toHaveFocus();
  });

  it("removes an option; the others stay", async () => {
    const user = userEvent.setup();
    useAppStore.setState({ own: [option("Legacy"), option("Our stack")] });
    renderWithData(<OwnOptionsPanel />);

    await user.click(screen.getByRole("button", { name: "Remove Legacy" }));
    expect(useAppStore.getState().own).toEqual([option("Our stack")]);
    expect(listedNames()).toEqual(["Our stack"]);
    expect(screen.queryByRole("button", { name: "Remove Legacy" })).not.toBeInTheDocument();
    expect(addButton()).toHaveFocus();
  });

  it("disables Add, with the reason, when three options exist", async () => {
    const user = userEvent.setup();
    useAppStore.setState({ own: [option("One"), option("Two")] });
    renderWithData(<OwnOptionsPanel />);
    expect(addButton()).toBeEnabled();

    await user.click(addButton());
    await user.keyboard("Three{Enter}");
    expect(useAppStore.getState().own).toHaveLength(3);
    expect(addButton()).toBeDisabled();
    expect(addButton()).toHaveAccessibleDescription(/remove one to add another/);
    expect(screen.getByRole("button", { name: "Edit Three" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Remove One" }));
    expect(addButton()).toBeEnabled();
  });

  it("shows a hostile name as plain text, never as HTML", async () => {
    const user = userEvent.setup();
    const hostile = "<img src=x onerror=alert(1)>";
    renderWithData(<OwnOptionsPanel />);
    await user.click(addButton());
    await user.type(screen.getByRole("textbox", { name: "Name" }), hostile);
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(useAppStore.getState().own[0]?.name).toBe(hostile);
    expect(listedNames()).toEqual([hostile]);
    expect(screen.getByRole("button", { name: `Remove ${hostile}` })).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
  });
});

describe("ResultsView with an own option", () => {
  it("ranks it with its fit and marks it as the user's own", () => {
    useAppStore.setState({ own: [option("Our stack", everywhere(5))], view: "results" });
    renderWithData(<ResultsView />);
    const ranking = screen.getByRole("list", { name: "Ranking" });
    const card = within(ranking)
      .getAllByRole("listitem")
      .find((li) => within(li).queryByRole("heading", { level: 3, name: "Our stack" }));
    if (!card) throw new Error("no ranking card for Our stack");
    expect(card.querySelector(".fit")).toHaveTextContent("100 / 100 fit");
    expect(card).toHaveTextContent("Your own option");
  });
});
