import { afterEach, describe, expect, it, vi } from "vitest";
import shipped from "../../data/frameworks.json";
import { FIXTURE_DATASET } from "../testing/fixtures.ts";
import { DATASET_LIMITS } from "./dataset-schema.ts";
import { DatasetError, parseDataset, validateDataset } from "./validate-dataset.ts";

type Mutable = Record<string, any>;

/** A deep copy of the fixture dataset (alpha, bravo, charlie, delta, echo), changed by `mutate`. */
function broken(mutate: (data: Mutable) => void): unknown {
  const copy = structuredClone(FIXTURE_DATASET) as Mutable;
  mutate(copy);
  return copy;
}

const messages = (raw: unknown) =>
  validateDataset(raw).map((i) => `${i.where} | ${i.field} | ${i.problem}`);

describe("the shipped dataset", () => {
  it("passes validation", () => {
    expect(messages(shipped)).toEqual([]);
  });

  it("names every language its frameworks use, and uses every language it names", () => {
    const used = new Set(shipped.frameworks.flatMap((f) => f.languages));
    expect(new Set(shipped.languages.map((l) => l.id))).toEqual(used);
  });
});

describe("a valid dataset", () => {
  afterEach(() => vi.useRealTimers());

  it("passes whatever the clock says: validation never reads it", () => {
    vi.useFakeTimers({ now: new Date("2015-01-01T00:00:00Z") });
    expect(messages(FIXTURE_DATASET)).toEqual([]);
  });
});

describe("a broken dataset fails with a message naming framework, field and problem", () => {
  const long = (n: number) => "x".repeat(n + 1);
  const cases: [string, (d: Mutable) => void, RegExp][] = [
    [
      "a missing score",
      (d) => delete d.frameworks[0].scores.orm,
      /^alpha \| scores\.orm \| is missing$/,
    ],
    [
      "a score of 7",
      (d) => {
        d.frameworks[2].scores.performance.value = 7;
      },
      /^charlie \| scores\.performance\.value \| must be a whole number from 1 to 5, got 7$/,
    ],
    [
      "a fractional score",
      (d) => {
        d.frameworks[2].scores.learning.value = 3.5;
      },
      /^charlie \| scores\.learning\.value \| .*got 3\.5$/,
    ],
    [
      "a language the dataset does not list",
      (d) => {
        d.frameworks[0].languages = ["python", "cobol"];
      },
      /^alpha \| languages\[1\] \| unknown language "cobol"; known: python, ruby/,
    ],
    [
      "a language id with a dash (links join language ids with dashes)",
      (d) => {
        d.languages[0].id = "py-thon";
      },
      /^dataset \| languages\[0\]\.id \| must be an id like "python"/,
    ],
    [
      "more language ids than a link can carry",
      (d) => {
        for (let i = 0; i < 20; i++) d.languages.push({ id: `language${i}x`, name: `L${i}` });
      },
      /^dataset \| languages \| ids joined by commas are \d+ characters; a link carries 200$/,
    ],
    [
      "a language listed twice",
      (d) => {
        d.languages.push({ ...d.languages[0] });
      },
      /^dataset \| languages\[\d+\]\.id \| "python" is listed twice$/,
    ],
    [
      "a duplicate id",
      (d) => {
        d.frameworks[3].id = "alpha";
      },
      /^alpha \| id \| is used by more than one framework$/,
    ],
    [
      "an id reserved for own options",
      (d) => {
        d.frameworks[1].id = "own2";
      },
      /^own2 \| id \| is reserved for the user's own options/,
    ],
    [
      "a source without URL",
      (d) => delete d.frameworks[1].sources.S1.url,
      /^bravo \| sources\.S1\.url \| is missing$/,
    ],
    [
      "a source over plain http",
      (d) => {
        d.frameworks[1].sources.S1.url = "http://example.com/";
      },
      /^bravo \| sources\.S1\.url \| must be an https URL without user name or password, got "http:/,
    ],
    [
      "a URL with credentials",
      (d) => {
        d.frameworks[4].website = "https://user:secret@example.com/";
      },
      /^echo \| website \| must be an https URL without user name or password/,
    ],
    [
      "a score citing an unknown source",
      (d) => {
        d.frameworks[1].scores.security.sources = ["NOPE"];
      },
      /^bravo \| scores\.security\.sources \| cites "NOPE", which is not/,
    ],
    [
      "a fact without sources",
      (d) => delete d.frameworks[3].factSources.license,
      /^delta \| factSources\.license \| is missing$/,
    ],
    [
      "a fact citing no source",
      (d) => {
        d.frameworks[3].factSources.orm = [];
      },
      /^delta \| factSources\.orm \| must cite at least one source$/,
    ],
    [
      "a fact citing an unknown source",
      (d) => {
        d.frameworks[0].factSources.latestVersion = ["S9"];
      },
      /^alpha \| factSources\.latestVersion \| cites "S9", which is not in this framework's sources$/,
    ],
    [
      "a fact field the schema does not know",
      (d) => {
        d.frameworks[0].factSources.stars = ["S1"];
      },
      /^alpha \| factSources\.stars \| is not a known field$/,
    ],
    [
      "a source nothing cites",
      (d) => {
        d.frameworks[4].sources.S2 = { ...d.frameworks[4].sources.S1 };
      },
      /^echo \| sources\.S2 \| is not cited by any score or fact$/,
    ],
    [
      "an unknown package registry",
      (d) => {
        d.frameworks[2].package = { registry: "cpan", name: "x" };
      },
      /^charlie \| package\.registry \| must be one of nodejs, npm, pypi/,
    ],
    [
      "a why of blanks",
      (d) => {
        d.frameworks[4].scores.ecosystem.why = "  ";
      },
      /^echo \| scores\.ecosystem\.why \| must contain visible text/,
    ],
    [
      "a name of invisible characters",
      (d) => {
        d.frameworks[0].name = "\u200b\u2060 \u00ad";
      },
      /^alpha \| name \| must contain visible text, got "\\u200b\\u2060 \\u00ad"$/,
    ],
    [
      "a name with a bidi override",
      (d) => {
        d.frameworks[0].name = "Alpha\u202egnp.exe";
      },
      /^alpha \| name \| must not contain bidirectional controls/,
    ],
    [
      "an empty language name",
      (d) => {
        d.languages[1].name = "";
      },
      /^dataset \| languages\[1\]\.name \| must contain visible text/,
    ],
    [
      "an unknown kind",
      (d) => {
        d.frameworks[3].kind = "library";
      },
      /^delta \| kind \| must be one of runtime, micro, full-stack, got "library"$/,
    ],
    [
      "too few cons",
      (d) => {
        d.frameworks[2].cons = ["only one"];
      },
      /^charlie \| cons \| needs at least 3 entries$/,
    ],
    [
      "too many pros",
      (d) => {
        d.frameworks[2].pros = Array.from(
          { length: DATASET_LIMITS.pros + 1 },
          (_, i) => `Pro ${i}.`,
        );
      },
      /^charlie \| pros \| must have at most 12 entries$/,
    ],
    [
      "an over-long summary",
      (d) => {
        d.frameworks[2].summary = long(DATASET_LIMITS.textLength);
      },
      /^charlie \| summary \| must be at most 600 characters/,
    ],
    [
      "an over-long name",
      (d) => {
        d.frameworks[2].name = long(DATASET_LIMITS.nameLength);
      },
      /^charlie \| name \| must be at most 40 characters/,
    ],
    [
      "a first release after the dataset's date",
      (d) => {
        d.frameworks[0].firstRelease = 2030;
      },
      /^alpha \| firstRelease \| 2030 is after the dataset's date \(2026-11-01\)$/,
    ],
    [
      "an impossible date",
      (d) => {
        d.frameworks[0].latestVersion.date = "2026-02-31";
      },
      /^alpha \| latestVersion\.date \| is not a real calendar date, got "2026-02-31"$/,
    ],
    [
      "a date in another format",
      (d) => {
        d.asOf = "01/11/2026";
      },
      /^dataset \| asOf \| must be a date YYYY-MM-DD/,
    ],
    [
      "a missing criterion",
      (d) => {
        d.criteria = d.criteria.filter((c: Mutable) => c.id !== "realtime");
      },
      /^dataset \| criteria\.realtime \| is missing$/,
    ],
    [
      "a rubric without level 3",
      (d) => delete d.criteria[0].rubric["3"],
      /^dataset \| criteria\[0\]\.rubric\.3 \| is missing$/,
    ],
    [
      "a rubric without level 4",
      (d) => delete d.criteria[1].rubric["4"],
      /^dataset \| criteria\[1\]\.rubric\.4 \| is missing$/,
    ],
    [
      "a wrong schema version",
      (d) => {
        d.schemaVersion = 1;
      },
      /^dataset \| schemaVersion \| must be 2, got 1$/,
    ],
    [
      "a repository that is a URL",
      (d) => {
        d.frameworks[2].repository = "https://github.com/django/django";
      },
      /^charlie \| repository \| must be a GitHub "owner\/name"/,
    ],
    [
      "a repository named ..",
      (d) => {
        d.frameworks[2].repository = "owner/..";
      },
      /^charlie \| repository \| must be a GitHub "owner\/name"/,
    ],
    [
      "a field the contract does not know",
      (d) => {
        d.frameworks[2].stars = 5;
      },
      /^charlie \| stars \| is not a known field$/,
    ],
    [
      "a source id __proto__",
      (d) => {
        d.frameworks[1].sources = JSON.parse('{"__proto__": {"title": "x"}}');
      },
      /^bravo \| sources\.__proto__ \| uses the key "__proto__", which is not allowed anywhere$/,
    ],
    [
      "a constructor key deep inside",
      (d) => {
        d.criteria[2].rubric = JSON.parse(
          '{"1": "a", "2": "b", "3": "c", "4": "d", "5": "e", "constructor": "f"}',
        );
      },
      /^dataset \| criteria\[2\]\.rubric\.constructor \| uses the key "constructor"/,
    ],
  ];

  it.each(cases)("%s", (_name, mutate, expected) => {
    const found = messages(broken(mutate));
    expect(
      found.some((m) => expected.test(m)),
      found.join("\n"),
    ).toBe(true);
  });

  it("rejects something that is not a dataset at all", () => {
    expect(messages(null)).toEqual(["dataset | (root) | must be a JSON object"]);
    expect(messages([])).toEqual(["dataset | (root) | must be a JSON object"]);
    expect(messages({ schemaVersion: 2 })).toContain("dataset | frameworks | is missing");
  });

  it("names a framework without an id by its position", () => {
    expect(messages(broken((d) => delete d.frameworks[3].id))).toContain("#4 | id | is missing");
  });

  it("parseDataset throws one readable error listing every problem, across frameworks", () => {
    const raw = broken((d) => {
      d.frameworks[2].scores.performance.value = 7;
      d.frameworks[0].languages = ["cobol"];
    });
    expect(() => parseDataset(raw)).toThrow(DatasetError);
    expect(() => parseDataset(raw)).toThrow(
      /2 problems[\s\S]*framework "charlie", scores\.performance\.value: must be a whole number from 1 to 5, got 7[\s\S]*framework "alpha", languages\[0\]: unknown language "cobol"/,
    );
  });
});
