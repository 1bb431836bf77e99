import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { resetAppStore, setWeight, toggleLanguage, useAppStore } from "../../state/store.ts";
import { ResultsIntro } from "./results-intro.tsx";

beforeEach(resetAppStore);

describe("ResultsIntro", () => {
  it("says in words what the ranking is for", () => {
    setWeight("realtime", 5);
    toggleLanguage("elixir");
    render(<ResultsIntro />);
    expect(screen.getByRole("heading", { name: "Your ranking" })).toBeVisible();
    expect(screen.getByText(/Real-time is critical/)).toBeVisible();
    expect(screen.getByText(/Only frameworks written in Elixir\./)).toBeVisible();
  });

  it("goes back to the quiz to edit the answers", async () => {
    const user = userEvent.setup();
    render(<ResultsIntro />);
    await user.click(screen.getByRole("button", { name: "Edit answers" }));
    expect(useAppStore.getState().view).toBe("quiz");
  });
});
