import { describe, expect, it } from "vitest";
import {
  type CheckOptions,
  checkFreshness,
  type FreshnessEntry,
  type FreshnessRow,
} from "./check-freshness.ts";
import type { FetchLike } from "./fetch-answer.ts";
import {
  formatFreshnessReport,
  freshnessExitCode,
  printable,
  summarizeFreshness,
} from "./freshness-report.ts";
import hex from "./recorded/hex-phoenix.json";
import maven from "./recorded/maven-spring-boot.json";
import nodejs from "./recorded/nodejs-index.json";
import npm from "./recorded/npm-express.json";
import nugetLeaf from "./recorded/nuget-aspnetcore-app-ref-11.0.0-leaf.json";
import nuget from "./recorded/nuget-aspnetcore-app-ref-index.json";
import packagist from "./recorded/packagist-laravel-framework.json";
import pypi from "./recorded/pypi-django.json";
import rubygems from "./recorded/rubygems-rails.json";

const entry = (
  name: string,
  registry: FreshnessEntry["package"]["registry"],
  pkg: string,
  version: string,
  date: string,
): FreshnessEntry => ({ name, package: { registry, name: pkg }, latestVersion: { version, date } });

/** A fixture catalogue: one framework per registry, plus two whose registries misbehave. */
const ENTRIES: FreshnessEntry[] = [
  entry("Node.js", "nodejs", "node", "26.13.0", "2026-10-28"),
  entry("Express.js", "npm", "express", "5.2.1", "2025-12-01"),
  entry("Django", "pypi", "Django", "6.1.3", "2026-11-03"),
  entry("ASP.NET Core", "nuget", "Microsoft.AspNetCore.App.Ref", "11.0.0", "2026-11-10"),
  entry("Laravel", "packagist", "laravel/framework", "13.9.0", "2026-05-13"),
  entry("Flask", "pypi", "Flask", "3.1.3", "2026-02-19"),
  entry("Spring Boot", "maven", "org.springframework.boot:spring-boot", "4.1.1", "2026-08-20"),
  entry("CakePHP", "packagist", "cakephp/cakephp", "5.3.5", "2026-05-08"),
  entry("Ruby on Rails", "rubygems", "rails", "8.1.4", "2026-09-24"),
  entry("Phoenix", "hex", "phoenix", "1.8.6", "2026-03-05"),
];

/** Recorded answers by URL; Flask's registry is down and CakePHP's answers nonsense. */
const ANSWERS: Record<string, () => Response> = {
  "https://nodejs.org/dist/index.json": () => Response.json(nodejs),
  "https://registry.npmjs.org/express": () => Response.json(npm),
  "https://pypi.org/pypi/Django/json": () => Response.json(pypi),
  "https://api.nuget.org/v3-flatcontainer/microsoft.aspnetcore.app.ref/index.json": () =>
    Response.json(nuget),
  "https://api.nuget.org/v3/registration5-gz-semver2/microsoft.aspnetcore.app.ref/11.0.0.json":
    () => Response.json(nugetLeaf),
  "https://repo.packagist.org/p2/laravel/framework.json": () => Response.json(packagist),
  "https://search.maven.org/solrsearch/select?q=g:org.springframework.boot+AND+a:spring-boot&core=gav&rows=50&wt=json":
    () => Response.json(maven),
  "https://repo.packagist.org/p2/cakephp/cakephp.json": () =>
    Response.json({ packages: { "cakephp/cakephp": { version: "5.3.6" } } }),
  "https://rubygems.org/api/v1/versions/rails.json": () => Response.json(rubygems),
  "https://hex.pm/api/packages/phoenix": () => Response.json(hex),
};

function recordedFetch(asked: string[]): FetchLike {
  return async (url) => {
    asked.push(url);
    if (url === "https://pypi.org/pypi/Flask/json") {
      throw new TypeError("fetch failed", { cause: new Error("getaddrinfo ENOTFOUND pypi.org") });
    }
    const answer = ANSWERS[url];
    if (!answer) throw new Error(`no recorded answer for ${url}`);
    return answer();
  };
}

async function check(entries = ENTRIES, options: Partial<CheckOptions> = {}) {
  const asked: string[] = [];
  const rows = await checkFreshness(entries, { fetch: recordedFetch(asked), ...options });
  return { rows, asked };
}

describe("the freshness report, against recorded registry answers", () => {
  it("asks each registry once, and NuGet a second time for the date", async () => {
    const { asked } = await check();
    expect(asked.toSorted()).toEqual(
      [...Object.keys(ANSWERS), "https://pypi.org/pypi/Flask/json"].toSorted(),
    );
  });

  it("prints an aligned table and a summary; a registry that is down or talks nonsense is a row", async () => {
    const { rows } = await check();
    expect(formatFreshnessReport(rows)).toBe(
      [
        "framework      dataset  date        registry  date        status",
        `-------------  -------  ----------  --------  ----------  ${"-".repeat(64)}`,
        "Node.js        26.13.0  2026-10-28  27.2.0    2026-11-18  behind (dataset 26.13.0, registry 27.2.0)",
        "Express.js     5.2.1    2025-12-01  5.2.1     2025-12-01  current",
        "Django         6.1.3    2026-11-03  6.1.4     2026-11-19  behind (dataset 6.1.3, registry 6.1.4)",
        "ASP.NET Core   11.0.0   2026-11-10  11.0.0    2026-11-10  current",
        "Laravel        13.9.0   2026-05-13  13.12.0   2026-11-10  behind (dataset 13.9.0, registry 13.12.0)",
        "Flask          3.1.3    2026-02-19  -         -           unreachable (getaddrinfo ENOTFOUND pypi.org)",
        "Spring Boot    4.1.1    2026-08-20  4.1.1     2026-08-20  current",
        "CakePHP        5.3.5    2026-05-08  -         -           unreadable answer (unexpected shape at packages.cakephp/cakephp)",
        "Ruby on Rails  8.1.4    2026-09-24  8.1.4.1   2026-10-29  behind (dataset 8.1.4, registry 8.1.4.1)",
        "Phoenix        1.8.6    2026-03-05  1.8.5     2026-03-05  ahead (dataset 1.8.6, registry 1.8.5)",
        "",
        "10 frameworks: 3 current, 4 behind, 1 ahead of the registry, 1 unreachable, 1 unreadable.",
        "",
      ].join("\n"),
    );
    expect(freshnessExitCode(rows, false)).toBe(0);
    expect(freshnessExitCode(rows, true)).toBe(1);
  });

  it("keeps the entries' order whatever the concurrency", async () => {
    const one = await check(ENTRIES, { concurrency: 1 });
    const all = await check(ENTRIES, { concurrency: 100 });
    expect(all.rows).toEqual(one.rows);
    expect(one.rows.map((row) => row.framework)).toEqual(ENTRIES.map((item) => item.name));
  });

  it("reports every row unreachable, and exits 0 even when strict, with no network at all", async () => {
    const offline: FetchLike = async () => {
      throw new TypeError("fetch failed", { cause: new Error("getaddrinfo EAI_AGAIN") });
    };
    const rows = await checkFreshness(ENTRIES, { fetch: offline });
    expect(rows.every((row) => row.freshness.kind === "unreachable")).toBe(true);
    expect(summarizeFreshness(rows)).toBe("10 frameworks: 10 unreachable.");
    expect(freshnessExitCode(rows, true)).toBe(0);
  });

  it("keeps the version when NuGet's date cannot be had", async () => {
    const fetch: FetchLike = async (url) =>
      url.includes("flatcontainer") ? Response.json(nuget) : new Response("gone", { status: 500 });
    const [row] = await checkFreshness([ENTRIES[3]!], { fetch });
    expect(row?.registry).toEqual({ version: "11.0.0" });
    expect(row?.freshness).toEqual({ kind: "current" });
  });

  it("says why it cannot ask for a malformed name, an unknown registry or a hostile answer", async () => {
    const entries = [
      entry("Bad Maven", "maven", "spring-boot", "1.0.0", "2026-01-01"),
      {
        ...entry("Unknown", "npm", "x", "1.0.0", "2026-01-01"),
        package: { registry: "cpan", name: "x" },
      } as never,
      entry("Hostile", "npm", "evil", "1.0.0", "2026-01-01"),
    ];
    const fetch: FetchLike = async () =>
      Response.json({ "dist-tags": { latest: "9.9.9" }, time: { "9.9.9": "\u001b[2J2026-01-01" } });
    const rows = await checkFreshness(entries, { fetch });
    expect(rows.map((row) => row.freshness)).toEqual([
      { kind: "unreachable", why: 'Maven names are "group:artifact", not "spring-boot"' },
      { kind: "unreachable", why: 'no reader for registry "cpan"' },
      { kind: "behind", dataset: "1.0.0", registry: "9.9.9" },
    ]);
    expect(rows[2]?.registry).toEqual({ version: "9.9.9" });
  });
});

describe("printable", () => {
  it.each([
    ["plain", "plain"],
    ["\u001b[31mred\u001b[0m", "?[31mred?[0m"],
    ["a\u202Eb", "a?b"],
    ["x".repeat(100), `${"x".repeat(79)}…`],
  ])("prints %j as %j", (text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});

describe("freshnessExitCode", () => {
  const row = (kind: FreshnessRow["freshness"]): FreshnessRow => ({
    framework: "x",
    dataset: { version: "1.0.0", date: "2026-01-01" },
    freshness: kind,
  });
  it.each<[string, FreshnessRow[], boolean, 0 | 1]>([
    ["all current, strict", [row({ kind: "current" })], true, 0],
    ["behind, not strict", [row({ kind: "behind", dataset: "1", registry: "2" })], false, 0],
    ["behind, strict", [row({ kind: "behind", dataset: "1", registry: "2" })], true, 1],
    ["ahead, strict", [row({ kind: "ahead", dataset: "2", registry: "1" })], true, 0],
    ["unreadable, strict", [row({ kind: "unreadable", why: "not JSON" })], true, 0],
    ["no rows, strict", [], true, 0],
  ])("%s: %d", (_, rows, strict, code) => {
    expect(freshnessExitCode(rows, strict)).toBe(code);
  });
});
