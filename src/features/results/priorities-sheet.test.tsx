import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { criterionLabels } from "../../domain/catalogue.ts";
import { resetAppStore } from "../../state/store.ts";
import { FIXTURE_DATASET } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { ResultsView } from "./results-view.tsx";

const LABELS = criterionLabels(FIXTURE_DATASET);
const scrolled = vi.fn();

beforeEach(() => {
  resetAppStore();
  // jsdom lays nothing out; record where the page would scroll to.
  Element.prototype.scrollIntoView = scrolled;
  scrolled.mockClear();
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

const toggle = () => screen.getByRole("button", { name: "Adjust priorities" });
const panel = () => screen.getByRole("region", { name: "Your priorities" });
const layout = () => panel().closest(".results-layout");

/** The phone sheet's behaviour; its look (a sheet over the bottom of the screen) is CSS. */
describe("the priorities sheet on a phone", () => {
  it("opens from its button, brings the ranking into view and makes it compact", async () => {
    const user = userEvent.setup();
    renderWithData(<ResultsView />);
    expect(toggle()).toHaveAttribute("aria-expanded", "false");
    expect(panel()).not.toHaveAttribute("data-open");
    expect(layout()).not.toHaveClass("adjusting");

    await user.click(toggle());
    expect(toggle()).toHaveAttribute("aria-expanded", "true");
    expect(panel()).toHaveAttribute("data-open");
    expect(layout()).toHaveClass("adjusting");
    const controlled = document.getElementById(toggle().getAttribute("aria-controls") ?? "");
    expect(controlled).toContainElement(screen.getByRole("slider", { name: LABELS.realtime }));
    expect(scrolled).toHaveBeenCalledOnce();
    const [target] = scrolled.mock.contexts as Element[];
    // The ranking at a glance, which shows the whole order and what moved, just under the target.
    expect(target?.nextElementSibling).toContainElement(
      screen.getByRole("list", { name: "Fits at a glance" }),
    );
  });

  it("keeps focus on its button, then the sliders follow in tab order", async () => {
    const user = userEvent.setup();
    renderWithData(<ResultsView />);
    toggle().focus();
    await user.keyboard("{Enter}");
    expect(toggle()).toHaveFocus();
    expect(toggle()).toHaveAttribute("aria-expanded", "true");
    await user.tab();
    const first = within(panel()).getAllByRole("slider")[0];
    expect(first).toHaveAccessibleName(LABELS.performance);
    expect(first).toHaveFocus();
  });

  it("closes with Escape from a slider and gives focus back to its button", async () => {
    const user = userEvent.setup();
    renderWithData(<ResultsView />);
    await user.click(toggle());
    screen.getByRole("slider", { name: LABELS.orm }).focus();
    await user.keyboard("{Escape}");
    expect(toggle()).toHaveAttribute("aria-expanded", "false");
    expect(panel()).not.toHaveAttribute("data-open");
    expect(layout()).not.toHaveClass("adjusting");
    expect(toggle()).toHaveFocus();
  });

  it("closes from its button too, and Escape does nothing while it is closed", async () => {
    const user = userEvent.setup();
    renderWithData(<ResultsView />);
    await user.click(toggle());
    await user.click(toggle());
    expect(toggle()).toHaveAttribute("aria-expanded", "false");
    const slider = screen.getByRole("slider", { name: LABELS.orm });
    slider.focus();
    await user.keyboard("{Escape}");
    expect(slider).toHaveFocus();
    expect(scrolled).toHaveBeenCalledOnce();
  });
});
