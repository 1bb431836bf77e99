import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import type { QuestionId } from "../../domain/quiz.ts";
import {
  clearQuizProgress,
  loadQuizProgress,
  type QuizProgress,
  saveQuizProgress,
} from "./quiz-progress.ts";

const QUESTION_IDS: QuestionId[] = ["languages", "realtime", "data"];
const KEY = "framework-fit:quiz-progress";

/** A Storage backed by a Map; `fail` makes each method throw, as blocked or full storage does. */
function memoryStorage(fail: Partial<Record<"get" | "set" | "remove", Error>> = {}): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    clear: () => items.clear(),
    getItem(key) {
      if (fail.get) throw fail.get;
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (fail.set) throw fail.set;
      items.set(key, value);
    },
    removeItem(key) {
      if (fail.remove) throw fail.remove;
      items.delete(key);
    },
  };
}

const PROGRESS: QuizProgress = {
  step: 2,
  answers: { languages: ["python", "ruby"], realtime: "core" },
  baseline: { ...DEFAULT_WEIGHTS, realtime: 5 },
};

describe("quiz progress in the tab's storage", () => {
  it("reads back what it saved, and nothing once cleared", () => {
    const storage = memoryStorage();
    saveQuizProgress(PROGRESS, () => storage);
    expect(loadQuizProgress(QUESTION_IDS, () => storage)).toEqual(PROGRESS);
    clearQuizProgress(() => storage);
    expect(loadQuizProgress(QUESTION_IDS, () => storage)).toBeNull();
  });

  it.each([
    ["not JSON", "{step:"],
    ["not an object", "3"],
    ["a negative step", JSON.stringify({ ...PROGRESS, step: -1 })],
    ["a fractional step", JSON.stringify({ ...PROGRESS, step: 1.5 })],
    [
      "a weight out of range",
      JSON.stringify({ ...PROGRESS, baseline: { ...DEFAULT_WEIGHTS, orm: 9 } }),
    ],
    ["a missing weight", JSON.stringify({ ...PROGRESS, baseline: { orm: 3 } })],
  ])("treats %s as no progress", (_, stored) => {
    const storage = memoryStorage();
    storage.setItem(KEY, stored);
    expect(loadQuizProgress(QUESTION_IDS, () => storage)).toBeNull();
  });

  it("keeps only well-formed answers to known questions", () => {
    const storage = memoryStorage();
    const answers = { languages: ["python", 7], realtime: "some", data: { a: 1 }, bogus: "x" };
    storage.setItem(KEY, JSON.stringify({ ...PROGRESS, answers }));
    expect(loadQuizProgress(QUESTION_IDS, () => storage)?.answers).toEqual({ realtime: "some" });
  });

  it("never throws when storage is blocked or full", () => {
    const blocked = new DOMException("The operation is insecure.", "SecurityError");
    const full = new DOMException("Quota exceeded", "QuotaExceededError");
    const storage = memoryStorage({ get: blocked, set: full, remove: blocked });
    expect(() => saveQuizProgress(PROGRESS, () => storage)).not.toThrow();
    expect(loadQuizProgress(QUESTION_IDS, () => storage)).toBeNull();
    expect(() => clearQuizProgress(() => storage)).not.toThrow();
    const missing = () => {
      throw blocked;
    };
    expect(loadQuizProgress(QUESTION_IDS, missing)).toBeNull();
    expect(() => saveQuizProgress(PROGRESS, missing)).not.toThrow();
  });
});
