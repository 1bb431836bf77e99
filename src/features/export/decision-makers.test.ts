import { describe, expect, it } from "vitest";
import { MAX_DECISION_MAKERS, parseDecisionMakers } from "./decision-makers.ts";

describe("parseDecisionMakers", () => {
  it("splits on commas and drops empty names", () => {
    expect(parseDecisionMakers(" Ana ,, Ben Okafor ,")).toEqual(["Ana", "Ben Okafor"]);
  });

  it("keeps names plain text and at most 40 characters", () => {
    const [name] = parseDecisionMakers(`Eve\u202e\u0007 ${"x".repeat(60)}`);
    expect(name).toBe(`Eve ${"x".repeat(36)}`);
  });

  it("keeps at most twelve names", () => {
    const typed = Array.from({ length: 20 }, (_, i) => `P${i}`).join(",");
    expect(parseDecisionMakers(typed)).toHaveLength(MAX_DECISION_MAKERS);
  });
});
