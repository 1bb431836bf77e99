import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET, FIXTURE_SPECS, makeDataset, makeFramework } from "../testing/fixtures.ts";
import {
  member,
  oneOptionRecordInput,
  profileRecordInput,
  RECORD_GOLDENS,
  teamRecordInput,
  teamWithoutCommonLanguageInput,
  unweightedRecordInput,
} from "../testing/record-fixtures.ts";
import { teamFlip } from "./decision-record/decision-model.ts";
import { markdownLink, markdownText, yamlString } from "./decision-record/markdown-text.ts";
import {
  type DecisionRecordInput,
  decisionRecordFileName,
  decisionRecordMarkdown,
  defaultContext,
} from "./decision-record.ts";
import { withOwnOptions } from "./own-options.ts";
import { rankFrameworks } from "./scoring.ts";
import { stability } from "./stability.ts";
import { type TeamMember, teamRanking } from "./team.ts";
import { CRITERION_IDS } from "./types.ts";

const GOLDEN_DIR = new URL("./__golden__/", import.meta.url);
/** `UPDATE_GOLDEN=1 npx vitest run src/domain/decision-record.test.ts` rewrites the golden files. */
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** The sections DESIGN §5 requires, in its order. */
const SECTIONS = [
  "## Context and Problem Statement",
  "## Decision Drivers",
  "## Considered Options",
  "## Decision Outcome",
  "## Pros and Cons of the Options",
  "## More Information",
];

/** The front matter as a map: plain values, or lists of double-quoted strings. */
function frontMatter(markdown: string): Map<string, string | string[]> {
  const lines = markdown.split("\n");
  expect(lines[0]).toBe("---");
  const end = lines.indexOf("---", 1);
  expect(end).toBeGreaterThan(0);
  const fields = new Map<string, string | string[]>();
  let list: string[] | undefined;
  for (const line of lines.slice(1, end)) {
    const item = /^ {2}- (".*")$/.exec(line);
    if (item && list) {
      list.push(unquote(item[1] as string));
      continue;
    }
    const field = /^([a-z-]+):(?: (.*))?$/.exec(line);
    if (!field) throw new Error(`not a front matter line: ${JSON.stringify(line)}`);
    const value = (field[2] ?? "").replace(/\s+#.*$/, "");
    list = value === "" || value === "[]" ? [] : undefined;
    fields.set(field[1] as string, list ?? (value.startsWith('"') ? unquote(value) : value));
  }
  return fields;
}

/** A YAML double-quoted scalar as written by the record: only \\, \", \uXXXX and \UXXXXXXXX escapes. */
function unquote(quoted: string): string {
  expect(quoted).toMatch(/^"(?:[^"\\]|\\.)*"$/);
  return quoted
    .slice(1, -1)
    .replace(/\\(["\\]|u[0-9a-f]{4}|U[0-9a-f]{8})/g, (_, e: string) =>
      e.length === 1 ? e : String.fromCodePoint(Number.parseInt(e.slice(1), 16)),
    );
}

/** The text of one `## ` section, up to the next. */
function sectionText(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThan(0);
  const next = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, next < 0 ? undefined : next);
}

/** The body after the front matter. */
function body(markdown: string): string {
  return markdown.slice(markdown.indexOf("\n---\n", 4) + 5);
}

describe("decisionRecordMarkdown golden files", () => {
  it.each(RECORD_GOLDENS)("%s matches its golden file", (name, make) => {
    const markdown = decisionRecordMarkdown(make());
    const file = new URL(`decision-record-${name}.md`, GOLDEN_DIR);
    if (UPDATE) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, markdown);
    }
    expect(existsSync(file), `missing ${file.pathname}: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(markdown).toBe(readFileSync(file, "utf8"));
  });

  it.each(RECORD_GOLDENS)("%s: MADR layout, one final newline, no trailing spaces", (_, make) => {
    const markdown = decisionRecordMarkdown(make());
    expect(markdown).toBe(decisionRecordMarkdown(make()));
    expect(markdown.endsWith("\n")).toBe(true);
    expect(markdown.endsWith("\n\n")).toBe(false);
    expect(markdown).not.toMatch(/[ \t]$/m);
    expect(markdown).not.toMatch(/\n{3}/);
    const text = body(markdown);
    expect(text.split("\n").filter((l) => /^## /.test(l))).toEqual(SECTIONS);
    expect(text.split("\n").filter((l) => /^# /.test(l))).toHaveLength(1);
    expect(text.indexOf("\n# ")).toBeLessThan(text.indexOf(SECTIONS[0] as string));
    const outcome = sectionText(markdown, "## Decision Outcome");
    expect(outcome).toMatch(/\nChosen option: ".+", because /);
    expect(outcome).toContain("\n### Consequences\n");
    const fields = frontMatter(markdown);
    expect([...fields.keys()]).toEqual(["status", "date", "decision-makers"]);
    expect(fields.get("status")).toBe("proposed");
    expect(fields.get("date")).toBe("2026-12-01");
  });
});

describe("decisionRecordMarkdown content", () => {
  it("names the typed decision-makers, or leaves an empty list to fill in", () => {
    expect(
      frontMatter(decisionRecordMarkdown(profileRecordInput())).get("decision-makers"),
    ).toEqual(["Ana", "Ben"]);
    expect(
      frontMatter(decisionRecordMarkdown(oneOptionRecordInput())).get("decision-makers"),
    ).toEqual([]);
  });

  it("makes a team's record from the team ranking, with the members as decision-makers", () => {
    const input = teamRecordInput();
    const markdown = decisionRecordMarkdown(input);
    expect(frontMatter(markdown).get("decision-makers")).toEqual(["Ana", "Ben", "Chloé"]);
    expect(markdown).not.toContain("Someone typed");
    const leader = teamRanking(input.dataset, input.members ?? []).ranked[0];
    expect(markdown).toContain(
      `Chosen option: "${leader?.framework.name}", because it has the best team fit`,
    );
    expect(sectionText(markdown, "## Decision Drivers")).toContain("(mean weight ");
  });

  it("marks the user's own scores and own options, without dataset sources", () => {
    const markdown = decisionRecordMarkdown(profileRecordInput());
    const pros = sectionText(markdown, "## Pros and Cons of the Options");
    const overridden = pros
      .split("\n")
      .filter((l) => l.includes("your score 5; the dataset says 3"));
    expect(overridden).toHaveLength(1);
    expect(overridden[0]).toMatch(/^\* Good, because Realtime label scores 5 of 5 \(weight 5\): /);
    expect(overridden[0]).not.toContain("](");
    const own = pros.slice(
      pros.indexOf("### Our stack"),
      pros.indexOf("\n### ", pros.indexOf("### Our stack") + 1),
    );
    expect(own).toContain("Your own option");
    expect(own).not.toContain("](");
    expect(own.split("\n").filter((l) => l.startsWith("* "))).toHaveLength(5);
    for (const line of own.split("\n").filter((l) => l.startsWith("* "))) {
      expect(line).toMatch(/: your own score$/);
    }
  });

  it("links every dataset score to its sources", () => {
    const pros = sectionText(
      decisionRecordMarkdown(oneOptionRecordInput()),
      "## Pros and Cons of the Options",
    );
    const lines = pros.split("\n").filter((l) => l.startsWith("* "));
    expect(lines).toHaveLength(CRITERION_IDS.length);
    for (const line of lines)
      expect(line).toContain("([Test fixture](https://example.com/fixture))");
  });

  it("puts the link that reopens the decision under More Information", () => {
    const input = teamRecordInput();
    const more = sectionText(decisionRecordMarkdown(input), "## More Information");
    expect(more).toContain(`<${input.link}>`);
    expect(more).toContain("as of 2026-11-01");
  });

  it("never turns a link of another scheme into a link", () => {
    const markdown = decisionRecordMarkdown({
      ...profileRecordInput(),
      link: "javascript:alert(1)",
    });
    const more = sectionText(markdown, "## More Information");
    expect(more).toContain("Framework Fit: javascript:alert(1)");
    expect(more).not.toContain("<javascript");
  });

  it.each([
    ["with a clear lead", profileRecordInput()],
    ["in a tie", unweightedRecordInput()],
  ])("states the leader's stability share from stability.ts %s", (_, input) => {
    const leader = rankFrameworks(input.dataset, input).ranked[0]?.framework.id;
    const share = stability(input.dataset, input).find((s) => s.id === leader)?.share ?? -1;
    expect(decisionRecordMarkdown(input)).toContain(
      `It stays first in ${Math.round(share)}% of 2,000 nearby weightings`,
    );
  });

  it("writes a complete record for a dataset of one framework", () => {
    const dataset = makeDataset([
      makeFramework(FIXTURE_SPECS[1] as (typeof FIXTURE_SPECS)[number]),
    ]);
    const markdown = decisionRecordMarkdown({ ...oneOptionRecordInput(), dataset, languages: [] });
    expect(markdown).toContain('Chosen option: "Bravo", because');
    expect(markdown).toContain("the only option considered");
    expect(markdown).not.toContain("runner-up");
    expect(markdown).not.toContain("nearby weightings");
    expect(
      body(markdown)
        .split("\n")
        .filter((l) => /^## /.test(l)),
    ).toEqual(SECTIONS);
  });

  it("writes a complete record when no framework meets the language requirement", () => {
    const input = { ...oneOptionRecordInput(), languages: ["klingon"] };
    const markdown = decisionRecordMarkdown(input);
    expect(markdown).toContain("# Choose a backend framework\n");
    expect(markdown).toContain("No option is chosen");
    expect(markdown).toContain("* Must have: written in klingon");
    expect(
      body(markdown)
        .split("\n")
        .filter((l) => /^## /.test(l)),
    ).toEqual(SECTIONS);
    expect(decisionRecordFileName(input)).toBe("0001-choose-a-backend-framework.md");
  });

  it("ranks every framework for a team with no language in common and says so", () => {
    const markdown = decisionRecordMarkdown(teamWithoutCommonLanguageInput());
    const options = sectionText(markdown, "## Considered Options");
    expect(options.split("\n").filter((l) => l.startsWith("* "))).toHaveLength(
      FIXTURE_DATASET.frameworks.length,
    );
    expect(options).toContain("No framework is written in a language every member can use");
  });

  it("uses the user's context when given and the default otherwise", () => {
    const input = profileRecordInput();
    const context = (markdown: string) => sectionText(markdown, "## Context and Problem Statement");
    expect(context(decisionRecordMarkdown(input))).toContain(markdownText(defaultContext(input)));
    expect(context(decisionRecordMarkdown({ ...input, context: "  \n " }))).toContain(
      "What matters most is Realtime label (5 of 5)",
    );
    const own = context(decisionRecordMarkdown({ ...input, context: "Our own words." }));
    expect(own).toContain("Our own words.");
    expect(own).not.toContain("What matters most");
  });
});

describe("defaultContext", () => {
  it.each([
    [
      "a profile",
      profileRecordInput(),
      "We need to choose a backend framework. What matters most is Realtime label (5 of 5), then Orm label and Security label (4 of 5). It must be written in Python, Ruby, or JavaScript. Which framework fits these priorities best?",
    ],
    [
      "no weights and no language",
      unweightedRecordInput(),
      "We need to choose a backend framework. We have not weighted any criterion, so every criterion counts the same. Any language will do. Which framework fits these priorities best?",
    ],
    [
      "a team without a common language",
      teamWithoutCommonLanguageInput(),
      "Our team of 2 (Ana and Ben) needs to choose a backend framework. On average, what matters most to us is Performance label, Scalability label, Learning label, Productivity label, and Ecosystem label (2.5 of 5), then Realtime label (1 of 5). No framework is written in a language all of us can use (Ana: Python; Ben: Ruby), so we compare them all. Which framework fits the team best?",
    ],
  ])("for %s", (_, input, expected) => {
    expect(defaultContext(input)).toBe(expected);
  });
});

/** Names meant to break the YAML, inject Markdown or HTML, or read as links. */
const HOSTILE_NAMES = [
  "</script><script>alert(1)</script>",
  "[x](javascript:alert(1))",
  'Eve "the admin" \\ O\'Neil',
  "- not a list",
  "1. not a list",
  "# not a heading",
  "*bold* _em_ `code` ~~gone~~ | $x$",
  "<img src=x onerror=alert(1)>",
  "https://evil.example and www.evil.example",
  "&lt;b&gt; &#60;",
];

describe("hostile text", () => {
  const members: TeamMember[] = HOSTILE_NAMES.map((name, i) =>
    member(name, i % 2 === 0 ? "543233422" : "335244231", []),
  );
  const teamInput: DecisionRecordInput = { ...teamRecordInput(), members };

  it("keeps every name exact in the front matter", () => {
    const markdown = decisionRecordMarkdown(teamInput);
    expect(frontMatter(markdown).get("decision-makers")).toEqual(HOSTILE_NAMES);
  });

  it("leaves no live markup from names in the body", () => {
    const text = body(decisionRecordMarkdown(teamInput));
    // Every "<" is escaped, or opens an autolink to an http(s) address.
    expect(text).not.toMatch(/(?<!\\)<(?!https?:\/\/)/);
    expect(text).not.toMatch(/(?<!\\)\[x/);
    expect(text).not.toMatch(/(?<!\\)[`~$|]/);
    expect(text).not.toMatch(/(?<!\\)&(?:lt|#60);/);
    expect(text).not.toMatch(/(?<![\\*] |\\)\*bold/);
    expect(text).not.toMatch(/https:\/\/evil|www\.evil/);
    for (const line of text.split("\n")) {
      expect(line).not.toMatch(/^(?:- |\d+\. |# not)/);
    }
    expect(text).toContain("\\</script\\>");
    expect(text).toContain("\\[x\\](javascript:alert(1))");
  });

  it("escapes an own option's name everywhere, and writes a safe file name", () => {
    const dataset = withOwnOptions(FIXTURE_DATASET, [
      { name: "Ünïcode [stack](javascript:x) <b>", languages: [], scores: Array(9).fill(5) },
    ]);
    const input = { ...oneOptionRecordInput(), dataset, languages: [] };
    const markdown = decisionRecordMarkdown(input);
    expect(markdown).toContain(
      "# Use Ünïcode \\[stack\\](javascript:x) \\<b\\> as the backend framework",
    );
    expect(markdown).not.toMatch(/(?<!\\)\[stack/);
    expect(decisionRecordFileName(input)).toBe(
      "0001-use-unicode-stack-javascript-x-b-as-the-backend-framework.md",
    );
    const unnamed = withOwnOptions(FIXTURE_DATASET, [
      { name: "日本語", languages: [], scores: Array(9).fill(5) },
    ]);
    expect(decisionRecordFileName({ ...input, dataset: unnamed })).toBe(
      "0001-use-own1-as-the-backend-framework.md",
    );
  });

  it("escapes the user's context line by line", () => {
    const context = "</script>\n- item\n===\n    code\n\n\n1) first";
    const markdown = decisionRecordMarkdown({ ...profileRecordInput(), context });
    expect(sectionText(markdown, "## Context and Problem Statement")).toBe(
      "\n## Context and Problem Statement\n\n\\</script\\>\n\\- item\n\\===\ncode\n\n1\\) first\n",
    );
  });
});

describe("markdown text", () => {
  it.each([
    ["plain", "Plain words.", "Plain words."],
    [
      "markup anywhere",
      "a*b_c`d[e]f<g>h#i|j~k$l\\m",
      "a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\#i\\|j\\~k\\$l\\\\m",
    ],
    ["list and rule markers at the start", "- x", "\\- x"],
    ["an ordered-list number at the start", "12. x", "12\\. x"],
    ["a character reference", "&amp; & co", "\\&amp; & co"],
    [
      "web addresses",
      "see https://a.example or www.b.example",
      "see https\\://a.example or www\\.b.example",
    ],
    ["white space and controls", "  a\n\tb\u0007 c  ", "a b c"],
  ])("%s", (_, text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });

  it("links only http(s) addresses, with parentheses encoded", () => {
    expect(markdownLink("Docs (v2)", "https://a.example/x_(y)")).toBe(
      "[Docs (v2)](https://a.example/x_%28y%29)",
    );
    expect(markdownLink("Bad", "javascript:alert(1)")).toBe("Bad");
  });

  it("quotes YAML so any text reads back exactly", () => {
    expect(yamlString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(yamlString("line\nbreak\u202e")).toBe('"line\\u000abreak\\u202e"');
  });
});

describe("teamFlip", () => {
  /** The smallest single weight change that puts the runner-up above the leader, found by re-ranking. */
  function smallestFlipByRanking(input: DecisionRecordInput): number | null {
    const team = input.members ?? [];
    const [leader, runnerUp] = teamRanking(input.dataset, team).ranked;
    let smallest: number | null = null;
    team.forEach((m, i) => {
      for (const criterion of CRITERION_IDS) {
        for (let to = 0; to <= 5; to++) {
          const changed = team.map((x, j) =>
            j === i ? { ...x, weights: { ...x.weights, [criterion]: to } } : x,
          );
          const order = teamRanking(input.dataset, changed).ranked.map((r) => r.framework.id);
          const size = Math.abs(to - m.weights[criterion]);
          if (
            order.indexOf(runnerUp!.framework.id) < order.indexOf(leader!.framework.id) &&
            (smallest === null || size < smallest)
          ) {
            smallest = size;
          }
        }
      }
    });
    return smallest;
  }

  it.each([
    ["a team without a common language", teamWithoutCommonLanguageInput()],
    ["a team of three", teamRecordInput()],
    [
      "a close team",
      {
        ...teamRecordInput(),
        members: [member("A", "333333333", []), member("B", "300030003", [])],
      },
    ],
  ])("finds the smallest change for %s, as re-ranking does", (_, input) => {
    const team = input.members ?? [];
    const [leader, runnerUp] = teamRanking(input.dataset, team).ranked;
    const flip = teamFlip(team, leader!.framework, runnerUp!.framework);
    const expected = smallestFlipByRanking(input);
    expect(flip === null ? null : Math.abs(flip.to - flip.from)).toBe(expected);
    if (flip === null) return;
    const m = team.findIndex((x) => x.name === flip.member);
    expect(team[m]!.weights[flip.criterion]).toBe(flip.from);
    const changed = team.map((x, j) =>
      j === m ? { ...x, weights: { ...x.weights, [flip.criterion]: flip.to } } : x,
    );
    const order = teamRanking(input.dataset, changed).ranked.map((r) => r.framework.id);
    expect(order.indexOf(runnerUp!.framework.id)).toBeLessThan(order.indexOf(leader!.framework.id));
  });
});
