import { describe, expect, it } from "vitest";
import shipped from "../../data/frameworks.json";
import { CRITERION_LABELS } from "./criterion-labels.ts";
import { FRAMEWORK_IDS } from "./types.ts";
import { DatasetError, parseDataset, validateDataset } from "./validate-dataset.ts";

type Mutable = Record<string, any>;

/** A deep copy of the shipped dataset, changed by `mutate`. */
function broken(mutate: (data: Mutable) => void): unknown {
  const copy = structuredClone(shipped) as Mutable;
  mutate(copy);
  return copy;
}

const messages = (raw: unknown) =>
  validateDataset(raw).map((i) => `${i.where} | ${i.field} | ${i.problem}`);

describe("the shipped dataset", () => {
  it("passes validation", () => {
    expect(messages(shipped)).toEqual([]);
  });

  it("holds exactly the ten fixed framework ids", () => {
    expect(shipped.frameworks.map((f) => f.id).sort()).toEqual([...FRAMEWORK_IDS].sort());
  });

  it("labels its criteria as the first screen does", () => {
    const labels = Object.fromEntries(shipped.criteria.map((c) => [c.id, c.label]));
    expect(labels).toEqual(CRITERION_LABELS);
  });

  it("cites a source for each of the 90 scores", () => {
    const cited = shipped.frameworks.flatMap((f) =>
      Object.values(f.scores).filter((s) => s.sources.length > 0),
    );
    expect(cited).toHaveLength(90);
  });
});

describe("a broken dataset fails with a message naming framework, field and problem", () => {
  const cases: [string, (d: Mutable) => void, RegExp][] = [
    [
      "a missing score",
      (d) => delete d.frameworks[0].scores.orm,
      /^nodejs \| scores\.orm \| is missing$/,
    ],
    [
      "a score of 7",
      (d) => {
        d.frameworks[2].scores.performance.value = 7;
      },
      /^django \| scores\.performance\.value \| must be a whole number from 1 to 5, got 7$/,
    ],
    [
      "a fractional score",
      (d) => {
        d.frameworks[2].scores.learning.value = 3.5;
      },
      /^django \| scores\.learning\.value \| .*got 3\.5$/,
    ],
    [
      "an unknown language",
      (d) => {
        d.frameworks[5].languages = ["python", "cobol"];
      },
      /^flask \| languages\[1\] \| unknown language "cobol"/,
    ],
    [
      "a duplicate id",
      (d) => {
        d.frameworks[3].id = "django";
      },
      /^django \| id \| is used by more than one framework$/,
    ],
    [
      "a source without URL",
      (d) => {
        const sources = d.frameworks[8].sources;
        delete sources[Object.keys(sources)[0] as string].url;
      },
      /^rails \| sources\.\w+\.url \| must be an https URL, got missing$/,
    ],
    [
      "a source over plain http",
      (d) => {
        const sources = d.frameworks[9].sources;
        sources[Object.keys(sources)[0] as string].url = "http://example.com/";
      },
      /^phoenix \| sources\.\w+\.url \| must be an https URL/,
    ],
    [
      "a score citing an unknown source",
      (d) => {
        d.frameworks[1].scores.security.sources = ["NOPE"];
      },
      /^express \| scores\.security\.sources \| cites "NOPE", which is not/,
    ],
    [
      "a score without a why",
      (d) => {
        d.frameworks[4].scores.ecosystem.why = "  ";
      },
      /^laravel \| scores\.ecosystem\.why \| must explain the score in words$/,
    ],
    [
      "an unknown kind",
      (d) => {
        d.frameworks[6].kind = "library";
      },
      /^spring-boot \| kind \| must be one of runtime, micro, full-stack, got "library"$/,
    ],
    [
      "too few cons",
      (d) => {
        d.frameworks[7].cons = ["only one"];
      },
      /^cakephp \| cons \| needs at least 3 entries, has 1$/,
    ],
    [
      "a first release in the future",
      (d) => {
        d.frameworks[0].firstRelease = 3000;
      },
      /^nodejs \| firstRelease \| 3000 is in the future$/,
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
      /^dataset \| criteria\[0\]\.rubric\.3 \| must describe this level in words$/,
    ],
    [
      "a wrong schema version",
      (d) => {
        d.schemaVersion = 2;
      },
      /^dataset \| schemaVersion \| must be 1, got 2$/,
    ],
    [
      "a repository that is a URL",
      (d) => {
        d.frameworks[2].repository = "https://github.com/django/django";
      },
      /^django \| repository \| must be a GitHub "owner\/name"/,
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
    expect(messages({ schemaVersion: 1 })).toContain(
      "dataset | frameworks | must be a non-empty list",
    );
  });

  it("parseDataset throws one readable error listing every problem", () => {
    const raw = broken((d) => {
      d.frameworks[2].scores.performance.value = 7;
      d.frameworks[5].languages = ["cobol"];
    });
    expect(() => parseDataset(raw)).toThrow(DatasetError);
    expect(() => parseDataset(raw)).toThrow(
      /2 problems[\s\S]*framework "django", scores\.performance\.value: must be a whole number from 1 to 5, got 7[\s\S]*framework "flask", languages\[0\]/,
    );
  });
});
