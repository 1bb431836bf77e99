import { describe, expect, it } from "vitest";
import { describeFreshness, freshnessOf, type Outcome } from "./freshness-status.ts";

const registry = (version: string): Outcome => ({ release: { version, date: "2026-11-01" } });

describe("freshnessOf and describeFreshness", () => {
  it.each<[string, Outcome, string]>([
    ["8.1.4", registry("8.1.4"), "current"],
    ["26.13.0", registry("26.13.0"), "current"],
    ["8.1.4", registry("8.1.4.1"), "behind (dataset 8.1.4, registry 8.1.4.1)"],
    ["9.9.9", registry("10.0.0"), "behind (dataset 9.9.9, registry 10.0.0)"],
    ["4.1.0-RC1", registry("4.1.0"), "behind (dataset 4.1.0-RC1, registry 4.1.0)"],
    ["1.8.6", registry("1.8.5"), "ahead (dataset 1.8.6, registry 1.8.5)"],
    ["latest", registry("26.13.0"), "cannot compare (dataset latest, registry 26.13.0)"],
    [
      "5.2.1",
      { unreachable: "getaddrinfo ENOTFOUND registry.npmjs.org" },
      "unreachable (getaddrinfo ENOTFOUND registry.npmjs.org)",
    ],
    ["5.2.1", { unreadable: "not JSON" }, "unreadable answer (not JSON)"],
  ])("dataset %j against %j: %s", (dataset, outcome, words) => {
    expect(describeFreshness(freshnessOf(dataset, outcome))).toBe(words);
  });
});
