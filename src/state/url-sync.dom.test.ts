import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LinkVocabulary } from "./share-state.ts";
import { resetAppStore, setView, setWeight, useAppStore } from "./store.ts";
import { currentShareLink, loadFromLocation, startUrlSync } from "./url-sync.ts";

const VOCABULARY: LinkVocabulary = {
  frameworkIds: ["alpha", "beta", "gamma"],
  languageIds: ["python", "gleam"],
};

const DEFAULT_WEIGHTS =
  "performance=3&scalability=3&realtime=2&orm=3&learning=3&productivity=3" +
  "&ecosystem=4&security=4&flexibility=2";
const WEIGHTS_5 = DEFAULT_WEIGHTS.replace("performance=3", "performance=5");

/** Puts the test page at `pathAndQuery` on this document's own origin. */
function openAt(pathAndQuery: string): void {
  window.history.replaceState(null, "", `${window.location.origin}${pathAndQuery}`);
}

let stop: (() => void) | undefined;

beforeEach(() => {
  resetAppStore();
  openAt("/");
});

afterEach(() => {
  stop?.();
  stop = undefined;
});

describe("startUrlSync", () => {
  it("opens an ordinary link and rewrites it in its canonical form", () => {
    openAt("/?performance=5&lang=gleam&view=matrix&bogus=1");
    stop = startUrlSync(VOCABULARY);
    expect(useAppStore.getState()).toMatchObject({
      weights: { performance: 5 },
      languages: ["gleam"],
      view: "matrix",
      linkProblems: [],
    });
    expect(window.location.pathname).toBe("/");
    expect(window.location.search).toBe(`?v=1&${WEIGHTS_5}&lang=gleam&view=matrix`);
  });

  it("reports what it did not understand and leaves it out of the address", () => {
    openAt("/?performance=9&lang=elixir");
    stop = startUrlSync(VOCABULARY);
    expect(useAppStore.getState().linkProblems.map((p) => p.kind)).toEqual([
      "bad-weight",
      "unknown-ids",
    ]);
    expect(window.location.search).toBe(`?v=1&${DEFAULT_WEIGHTS}`);
  });

  it.each([
    ["a path starting with //", "//evil.example/?performance=5", "//evil.example/"],
    ["a path with a backslash", "/\\evil.example/?performance=5", "//evil.example/"],
    ["a path of dots and encoded slashes", "/a/../%2F%2Fx/?performance=5", "/%2F%2Fx/"],
    [
      "a path with a scheme in it",
      "/https://evil.example/?performance=5",
      "/https://evil.example/",
    ],
  ])("opens %s on this origin, keeping the path", (_, pathAndQuery, pathname) => {
    const origin = window.location.origin;
    openAt(pathAndQuery);
    expect(() => {
      stop = startUrlSync(VOCABULARY);
    }).not.toThrow();
    expect(useAppStore.getState().weights.performance).toBe(5);
    expect(window.location.origin).toBe(origin);
    expect(window.location.pathname).toBe(pathname);
    expect(window.location.search).toBe(`?v=1&${WEIGHTS_5}`);
    setView("matrix");
    expect(window.location.origin).toBe(origin);
    expect(window.location.search).toBe(`?v=1&${WEIGHTS_5}&view=matrix`);
    expect(currentShareLink(VOCABULARY)).toBe(`${origin}${pathname}?v=1&${WEIGHTS_5}&view=matrix`);
  });

  it("reads the state from the query only and drops the hash when it writes", () => {
    openAt("/?view=matrix#?view=compare&performance=0");
    stop = startUrlSync(VOCABULARY);
    expect(useAppStore.getState()).toMatchObject({ view: "matrix", weights: { performance: 3 } });
    expect(window.location.hash).toBe("");
    expect(window.location.search).toBe(`?v=1&${DEFAULT_WEIGHTS}&view=matrix`);
  });

  it("leaves a link without a query as it is, hash included", () => {
    openAt("/#main");
    stop = startUrlSync(VOCABULARY);
    expect(useAppStore.getState().view).toBe("quiz");
    expect(window.location.hash).toBe("#main");
    setWeight("orm", 5);
    expect(window.location.hash).toBe("");
    expect(window.location.search).toContain("orm=5");
  });

  it("replaces the history entry when a slider moves", () => {
    openAt("/?view=results");
    stop = startUrlSync(VOCABULARY);
    const entries = window.history.length;
    setWeight("security", 1);
    setWeight("security", 2);
    expect(window.history.length).toBe(entries);
    expect(window.location.search).toContain("security=2");
  });

  it("keeps a history entry's own state when it rewrites the address", () => {
    window.history.replaceState({ quizStep: 2 }, "", "/?performance=5&view=quiz&bogus=1");
    stop = startUrlSync(VOCABULARY);
    expect(window.location.search).toBe(`?v=1&${WEIGHTS_5}&view=quiz`);
    expect(window.history.state).toEqual({ quizStep: 2 });
  });

  it("pushes a history entry when the view changes", () => {
    openAt("/?view=results");
    stop = startUrlSync(VOCABULARY);
    const entries = window.history.length;
    setView("matrix");
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toContain("view=matrix");
  });

  it("loads each entry's state on Back and Forward", async () => {
    openAt("/?orm=1");
    stop = startUrlSync(VOCABULARY);
    setView("matrix");
    setWeight("orm", 4);
    window.history.back();
    await vi.waitFor(() => expect(useAppStore.getState().view).toBe("results"));
    expect(useAppStore.getState().weights.orm).toBe(1);
    window.history.forward();
    await vi.waitFor(() => expect(useAppStore.getState().view).toBe("matrix"));
    expect(useAppStore.getState().weights.orm).toBe(4);
    expect(window.location.search).toContain("orm=4&");
  });

  it("keeps the page working when the browser refuses to write history", () => {
    openAt("/?view=results");
    stop = startUrlSync(VOCABULARY);
    const refuse = () => {
      throw new DOMException("Too many calls", "SecurityError");
    };
    vi.spyOn(window.history, "replaceState").mockImplementation(refuse);
    expect(() => setWeight("orm", 0)).not.toThrow();
    expect(useAppStore.getState().weights.orm).toBe(0);
    vi.mocked(window.history.replaceState).mockRestore();
    setWeight("learning", 1);
    expect(window.location.search).toContain("orm=0");
  });

  it("stops following the store once stopped", () => {
    openAt("/?view=results");
    stop = startUrlSync(VOCABULARY);
    const before = window.location.search;
    stop();
    stop = undefined;
    setView("matrix");
    expect(window.location.search).toBe(before);
  });
});

describe("loadFromLocation", () => {
  it("decodes the address against the given catalogue", () => {
    openAt("/?compare=alpha,gamma&lang=python");
    loadFromLocation(VOCABULARY);
    expect(useAppStore.getState()).toMatchObject({
      compare: ["alpha", "gamma"],
      languages: ["python"],
    });
  });
});
