import { describe, expect, it } from "vitest";
import { describeLinkProblem } from "./link-problem-text.ts";
import type { ShareUrlProblem, ShareUrlProblemKind } from "./share-url-problem.ts";

/** At least one sentence per kind of problem; the type makes a new kind fail here until worded. */
const SENTENCES = {
  repeated: [
    [
      { kind: "repeated", key: "orm", value: "1, 2", count: 2, fallback: "3" },
      '"orm" is given 2 times in the link; used 3 instead.',
    ],
    [
      { kind: "repeated", key: "v", value: "1, 1", count: 2, fallback: "1" },
      '"v" is given 2 times in the link; read it as version 1.',
    ],
    [
      { kind: "repeated", key: "view", value: "a, b, c", count: 3, fallback: "results" },
      '"view" is given 3 times in the link; opened the results view instead.',
    ],
  ],
  "too-long": [
    [
      { kind: "too-long", key: "lang", value: "xx…", limit: 200, fallback: "" },
      '"lang=xx…" is longer than 200 characters; allowed any language instead.',
    ],
    [
      { kind: "too-long", key: "compare", value: "xx…", limit: 200, fallback: "" },
      '"compare=xx…" is longer than 200 characters; compared no frameworks instead.',
    ],
    [
      { kind: "too-long", key: "kind", value: "xx…", limit: 200, fallback: "" },
      '"kind=xx…" is longer than 200 characters; showed all kinds instead.',
    ],
    [
      { kind: "too-long", key: "sort", value: "xx…", limit: 200, fallback: "fit:desc" },
      '"sort=xx…" is longer than 200 characters; sorted by fit, descending instead.',
    ],
  ],
  "bad-weight": [
    [
      { kind: "bad-weight", key: "security", value: "9", fallback: "4" },
      '"security=9" is not a weight from 0 to 5; used 4 instead.',
    ],
  ],
  "bad-view": [
    [
      { kind: "bad-view", key: "view", value: "<b>x</b>", fallback: "quiz" },
      '"view=<b>x</b>" is not a view (quiz, results, matrix, compare, team, about); opened the quiz view instead.',
    ],
  ],
  "unknown-ids": [
    [
      { kind: "unknown-ids", key: "lang", value: "klingon,ruby", ids: ["klingon"] },
      '"lang=klingon,ruby" names an unknown language (klingon); it was left out.',
    ],
    [
      { kind: "unknown-ids", key: "compare", value: "a,b", ids: ["a", "b"] },
      '"compare=a,b" names unknown frameworks (a, b); they were left out.',
    ],
    [
      { kind: "unknown-ids", key: "kind", value: "tiny", ids: ["tiny"] },
      '"kind=tiny" names an unknown framework kind (tiny); it was left out.',
    ],
    [
      { kind: "unknown-ids", key: "own", value: "111111111.x.A", ids: ["x"] },
      '"own=111111111.x.A" names an unknown language (x); it was left out.',
    ],
  ],
  "bad-compare-count": [
    [
      { kind: "bad-compare-count", key: "compare", value: "alpha", count: 1, fallback: "" },
      '"compare=alpha" does not name 2 to 4 known frameworks; compared no frameworks instead.',
    ],
  ],
  "bad-sort": [
    [
      { kind: "bad-sort", key: "sort", value: "up", fallback: "fit:desc" },
      '"sort=up" is not a matrix sort such as "fit:desc"; sorted by fit, descending instead.',
    ],
  ],
  "search-too-long": [
    [
      { kind: "search-too-long", key: "q", value: "aaa…", limit: 100, fallback: "" },
      '"q=aaa…" is longer than 100 characters; left the search empty instead.',
    ],
  ],
  "bad-detail": [
    [
      { kind: "bad-detail", key: "detail", value: "long", fallback: "short" },
      '"detail=long" is not a matrix detail (short, full); showed the short pros and cons instead.',
    ],
    [
      { kind: "repeated", key: "detail", value: "full, full", count: 2, fallback: "short" },
      '"detail" is given 2 times in the link; showed the short pros and cons instead.',
    ],
  ],
  "bad-version": [
    [
      { kind: "bad-version", key: "v", value: "9", latest: 1, fallback: "1" },
      '"v=9" is not a link version this app reads (1); read it as version 1.',
    ],
    [
      { kind: "bad-version", key: "v", value: "9", latest: 3, fallback: "1" },
      '"v=9" is not a link version this app reads (1, 2, 3); read it as version 1.',
    ],
  ],
  "bad-entries": [
    [
      { kind: "bad-entries", key: "score", value: "a.orm.9", entries: ["a.orm.9"] },
      '"score=a.orm.9" has a score that could not be read ("a.orm.9"); it was left out.',
    ],
    [
      { kind: "bad-entries", key: "own", value: "1..A, 2..B", entries: ["1..A", "2..B"] },
      '"own=1..A, 2..B" has 2 own options that could not be read ("1..A", "2..B"); they were left out.',
    ],
  ],
  "too-many-entries": [
    [
      { kind: "too-many-entries", key: "score", value: "a.orm.1,…", count: 31, limit: 30 },
      '"score=a.orm.1,…" gives 31 scores, more than 30; the first 30 were kept.',
    ],
  ],
  "link-too-long": [
    [
      { kind: "link-too-long", key: "", value: "q=aaa…", length: 2502, limit: 2000 },
      "The link is 2502 characters long, more than the 2000 this app reads; " +
        "opened the default settings instead.",
    ],
  ],
  unreadable: [
    [
      { kind: "unreadable", key: "", value: "%" },
      "The link could not be read; opened the default settings instead.",
    ],
  ],
} satisfies Record<ShareUrlProblemKind, [ShareUrlProblem, string][]>;

describe("describeLinkProblem", () => {
  it.each(Object.values(SENTENCES).flat())("%o", (problem, sentence) => {
    expect(describeLinkProblem(problem)).toBe(sentence);
  });

  it("shortens a long list of unknown ids", () => {
    const ids = ["a".repeat(30), "b".repeat(30)];
    const problem: ShareUrlProblem = { kind: "unknown-ids", key: "lang", value: "…", ids };
    expect(describeLinkProblem(problem)).toBe(
      `"lang=…" names unknown languages (${"a".repeat(30)}, ${"b".repeat(8)}…); they were left out.`,
    );
  });
});
