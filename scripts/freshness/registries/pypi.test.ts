import { describe, expect, it } from "vitest";
import recorded from "../recorded/pypi-django.json";
import type { Reading } from "../release.ts";
import { pypiRegistry } from "./pypi.ts";

const file = (upload: string, yanked = false) => ({
  upload_time: upload,
  upload_time_iso_8601: `${upload}Z`,
  yanked,
});

describe("pypiRegistry", () => {
  it("asks the JSON API", () => {
    expect(pypiRegistry.url("Django")).toBe("https://pypi.org/pypi/Django/json");
  });

  it.each<{ name: string; answer: unknown; expected: Reading }>([
    {
      name: "the recorded answer: 6.1.4 (its first file's day), not 6.2rc1, 6.2b1 or the later 5.2.9",
      answer: recorded,
      expected: { release: { version: "6.1.4", date: "2026-11-19" } },
    },
    {
      name: "a release whose files are all yanked is skipped",
      answer: {
        releases: {
          "6.1.5": [file("2026-11-21T10:00:00", true)],
          "6.1.4": [file("2026-11-19T15:03:40")],
        },
      },
      expected: { release: { version: "6.1.4", date: "2026-11-19" } },
    },
    {
      name: "a release without files is skipped",
      answer: { releases: { "7.0": [], "6.1.4": [file("2026-11-19T15:03:40")] } },
      expected: { release: { version: "6.1.4", date: "2026-11-19" } },
    },
    {
      name: "only upload_time, without a zone, is read as UTC",
      answer: { releases: { "3.1.3": [{ upload_time: "2026-02-19T23:59:59" }] } },
      expected: { release: { version: "3.1.3", date: "2026-02-19" } },
    },
    {
      name: "releases as a list",
      answer: { releases: ["6.1.4"] },
      expected: { problem: "unexpected shape at releases" },
    },
  ])("$name", ({ answer, expected }) => {
    expect(pypiRegistry.read(answer, "Django")).toEqual(expected);
  });
});
