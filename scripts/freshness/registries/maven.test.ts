import { describe, expect, it } from "vitest";
import recorded from "../recorded/maven-spring-boot.json";
import type { Reading } from "../release.ts";
import { mavenRegistry } from "./maven.ts";

describe("mavenRegistry", () => {
  it.each([
    [
      "org.springframework.boot:spring-boot",
      "https://search.maven.org/solrsearch/select?q=g:org.springframework.boot+AND+a:spring-boot&core=gav&rows=50&wt=json",
    ],
    ["spring-boot", { problem: 'Maven names are "group:artifact", not "spring-boot"' }],
    ["a:b:c", { problem: 'Maven names are "group:artifact", not "a:b:c"' }],
  ])("asks for %j at %j", (name, url) => {
    expect(mavenRegistry.url(name)).toEqual(url);
  });

  it.each<{ name: string; answer: unknown; expected: Reading }>([
    {
      name: "the recorded answer: 4.1.1, not 4.2.0-RC1 or 4.2.0-M3",
      answer: recorded,
      expected: { release: { version: "4.1.1", date: "2026-08-20" } },
    },
    {
      name: "a .RELEASE suffix is a release",
      answer: {
        response: { docs: [{ v: "2.0.0.RELEASE", timestamp: 1519916400000 }, { v: "2.0.0.RC2" }] },
      },
      expected: { release: { version: "2.0.0.RELEASE", date: "2018-03-01" } },
    },
    {
      name: "no documents",
      answer: { response: { numFound: 0, docs: [] } },
      expected: { problem: "no stable release listed" },
    },
    {
      name: "an error answer",
      answer: { error: { msg: "undefined field g", code: 400 } },
      expected: { problem: "unexpected shape at response" },
    },
  ])("$name", ({ answer, expected }) => {
    expect(mavenRegistry.read(answer, "org.springframework.boot:spring-boot")).toEqual(expected);
  });
});
