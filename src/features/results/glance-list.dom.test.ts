import { describe, expect, it } from "vitest";
import { fillGlance, GLANCE_LABEL, GLANCE_SIZE, type GlanceItem } from "./glance-list.ts";
import type { PlaceMark } from "./place-mark.ts";

const item = (name: string, rank: number, fit: number): GlanceItem => ({
  framework: { id: name.toLowerCase(), name },
  rank,
  fit,
});

describe("fillGlance", () => {
  it("writes one named row per framework, best first, with its rounded fit and bar", () => {
    const box = document.createElement("div");
    fillGlance(box, [item("Alpha", 1, 87.6), item("Bravo", 2, 40.2)]);
    const list = box.querySelector("ol");
    expect(list?.getAttribute("aria-label")).toBe(GLANCE_LABEL);
    const rows = [...box.querySelectorAll("li")];
    expect(rows.map((row) => row.textContent)).toEqual([
      "1Alpha88 out of 100",
      "2Bravo40 out of 100",
    ]);
    expect(
      rows.map((row) => (row.querySelector(".glance-bar > span") as HTMLElement).style.width),
    ).toEqual(["88%", "40%"]);
    expect(box.querySelector(".glance-more")).toBeNull();
  });

  it("lists the top of a long ranking and says how many more follow", () => {
    const box = document.createElement("div");
    const ranked = Array.from({ length: GLANCE_SIZE + 1234 }, (_, i) => item(`F${i}`, i + 1, 50));
    fillGlance(box, ranked);
    expect(box.querySelectorAll("li")).toHaveLength(GLANCE_SIZE);
    expect(box.querySelector(".glance-more")?.textContent).toBe("and 1,234 more below");
  });

  it("marks the frameworks that just moved, up, down or new, and only those", () => {
    const box = document.createElement("div");
    const marks = new Map<string, PlaceMark>([
      ["bravo", 2],
      ["alpha", -1],
      ["charlie", "new"],
    ]);
    fillGlance(
      box,
      [item("Bravo", 1, 70), item("Alpha", 2, 60), item("Charlie", 3, 50), item("Delta", 4, 40)],
      marks,
    );
    const rows = [...box.querySelectorAll("li")];
    expect(
      rows.map((row) => [row.className, row.querySelector(".glance-move")?.textContent]),
    ).toEqual([
      ["moved up", "▲2"],
      ["moved down", "▼1"],
      ["moved up", "new"],
      ["", ""],
    ]);
    expect(
      rows.every(
        (row) => row.querySelector(".glance-move")?.getAttribute("aria-hidden") === "true",
      ),
    ).toBe(true);
  });

  it("draws again from scratch, so a new order replaces the old", () => {
    const box = document.createElement("div");
    fillGlance(box, [item("Alpha", 1, 60), item("Bravo", 2, 50)]);
    fillGlance(box, [item("Bravo", 1, 70)]);
    expect([...box.querySelectorAll(".glance-name")].map((n) => n.textContent)).toEqual(["Bravo"]);
    expect(box.querySelectorAll("ol")).toHaveLength(1);
  });
});
