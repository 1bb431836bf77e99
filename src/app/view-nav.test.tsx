import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { linkVocabularyOf } from "../state/link-vocabulary.ts";
import { VIEWS } from "../state/share-state.ts";
import { decodeShareUrl } from "../state/share-url.ts";
import {
  resetAppStore,
  setAnswer,
  setWeight,
  toggleLanguage,
  useAppStore,
} from "../state/store.ts";
import { FIXTURE_DATASET } from "../testing/fixtures.ts";
import { renderWithData } from "../testing/render-with-data.tsx";
import { VIEW_LABELS, ViewNav } from "./view-nav.tsx";

const VOCABULARY = linkVocabularyOf(FIXTURE_DATASET);
const nav = () => screen.getByRole("navigation", { name: "Views" });
const link = (name: string) => within(nav()).getByRole("link", { name });
/** The state a link's address opens. */
const opened = (name: string) =>
  decodeShareUrl(
    new URL(link(name).getAttribute("href") ?? "", "https://x.test/").search,
    VOCABULARY,
  );

/** Whether the app stopped the browser from following the last click (read after the app). */
let followed: boolean | undefined;
const watchClicks = (event: MouseEvent) => {
  followed = !event.defaultPrevented;
  // jsdom cannot navigate: stop it here, after the app has had its say.
  event.preventDefault();
};

beforeEach(() => {
  resetAppStore();
  followed = undefined;
  window.addEventListener("click", watchClicks);
});
afterEach(() => window.removeEventListener("click", watchClicks));

describe("ViewNav", () => {
  it("links every view to the current state in that view, marking the current one", () => {
    useAppStore.setState({ view: "results" });
    setWeight("realtime", 5);
    toggleLanguage("python");
    renderWithData(<ViewNav />);
    expect(
      within(nav())
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual(VIEWS.map((v) => VIEW_LABELS[v]));
    for (const view of VIEWS) {
      const { state, problems } = opened(VIEW_LABELS[view]);
      expect(problems).toEqual([]);
      expect(state).toMatchObject({ view, languages: ["python"], weights: { realtime: 5 } });
    }
    expect(link("Results")).toHaveAttribute("aria-current", "page");
    expect(link("Matrix")).not.toHaveAttribute("aria-current");
  });

  it("follows the sliders, and ignores what is not in links", () => {
    useAppStore.setState({ view: "results" });
    renderWithData(<ViewNav />);
    const before = link("Matrix").getAttribute("href");
    act(() => setAnswer("realtime", "core"));
    expect(link("Matrix").getAttribute("href")).toBe(before);
    act(() => setWeight("orm", 0));
    expect(opened("Matrix").state.weights.orm).toBe(0);
  });

  it("switches views in the page on a plain click or Enter", async () => {
    const user = userEvent.setup();
    renderWithData(<ViewNav />);
    await user.click(link("Matrix"));
    expect(followed).toBe(false);
    expect(useAppStore.getState().view).toBe("matrix");
    expect(link("Matrix")).toHaveAttribute("aria-current", "page");
    link("How it works").focus();
    await user.keyboard("{Enter}");
    expect(useAppStore.getState().view).toBe("about");
  });

  it.each([
    ["Ctrl", { ctrlKey: true }],
    ["Cmd", { metaKey: true }],
    ["Shift", { shiftKey: true }],
    ["Alt", { altKey: true }],
    ["the middle button", { button: 1 }],
  ])("leaves a click with %s to the browser (new tab, window or download)", (_, init) => {
    renderWithData(<ViewNav />);
    fireEvent.click(link("Compare"), init);
    expect(followed).toBe(true);
    expect(useAppStore.getState().view).toBe("quiz");
  });
});
