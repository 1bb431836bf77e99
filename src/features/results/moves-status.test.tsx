import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { criterionLabels } from "../../domain/catalogue.ts";
import { resetAppStore, useAppStore } from "../../state/store.ts";
import { SWING_DATASET, weightsWith } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { ANNOUNCE_AFTER_MS, MovesStatus } from "./moves-status.tsx";
import { ResultsView } from "./results-view.tsx";
import { MOVES_SHOWN_MS, type RankMoves } from "./use-rank-moves.ts";
import { MOVES_IDLE } from "./weight-panel.tsx";

beforeEach(() => {
  resetAppStore();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const movesSaying = (message: string | null): RankMoves => ({ marks: new Map(), message });
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe("MovesStatus", () => {
  it("says what moved once changes pause, not at every step of a drag", () => {
    const { rerender } = render(<MovesStatus moves={movesSaying(null)} idle="Idle." />);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Idle.");
    rerender(<MovesStatus moves={movesSaying("A moved up 1.")} idle="Idle." />);
    wait(ANNOUNCE_AFTER_MS - 100);
    rerender(<MovesStatus moves={movesSaying("A moved up 2.")} idle="Idle." />);
    wait(ANNOUNCE_AFTER_MS - 100);
    expect(status).toHaveTextContent("Idle.");
    wait(100);
    expect(status).toHaveTextContent("A moved up 2.");
    expect(status).not.toHaveTextContent("up 1");
    expect(screen.getAllByRole("status")).toHaveLength(1);
  });

  it("keeps its words when the moves come to rest, and says the same words again differently", () => {
    const { rerender } = render(<MovesStatus moves={movesSaying("Same.")} idle="Idle." />);
    wait(ANNOUNCE_AFTER_MS);
    const status = screen.getByRole("status");
    const first = status.textContent;
    expect(first).toContain("Same.");
    rerender(<MovesStatus moves={movesSaying(null)} idle="Idle." />);
    wait(ANNOUNCE_AFTER_MS);
    expect(status.textContent).toBe(first);
    rerender(<MovesStatus moves={movesSaying("Same.")} idle="Idle." />);
    wait(ANNOUNCE_AFTER_MS);
    expect(status.textContent).toContain("Same.");
    expect(status.textContent).not.toBe(first);
  });

  it("says a note at once and the moves it caused after it", () => {
    const { rerender } = render(<MovesStatus moves={movesSaying(null)} idle="Idle." />);
    rerender(<MovesStatus moves={movesSaying("B is now first.")} idle="Idle." note="Preset." />);
    expect(screen.getByRole("status")).toHaveTextContent("Preset.");
    wait(ANNOUNCE_AFTER_MS);
    expect(screen.getByRole("status")).toHaveTextContent("Preset. B is now first.");
  });
});

const SWING = SWING_DATASET;
const { realtime } = criterionLabels(SWING);
const ranking = () => screen.getByRole("list", { name: "Ranking" });
const card = (name: string) =>
  within(ranking())
    .getAllByRole("heading", { level: 3 })
    .find((h) => h.textContent === name)
    ?.closest("li") as HTMLElement;

describe("what moved, in the results", () => {
  it("marks the frameworks that moved and says so, then clears the marks", () => {
    useAppStore.setState({ weights: weightsWith(1) });
    renderWithData(<ResultsView />, SWING);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(MOVES_IDLE);
    expect(ranking().querySelector(".rank-move")).toBeNull();

    fireEvent.change(screen.getByRole("slider", { name: realtime }), { target: { value: "3" } });
    expect(card("Sprinter").querySelector(".rank-move")).toHaveTextContent("▲1");
    expect(card("Steady").querySelector(".rank-move")).toHaveTextContent("▼1");
    expect(card("Laggard").querySelector(".rank-move")).toBeNull();
    expect(status).toHaveTextContent(MOVES_IDLE);

    wait(ANNOUNCE_AFTER_MS);
    expect(status).toHaveTextContent(
      "Sprinter is now first. Sprinter moved up 1; Steady moved down 1.",
    );
    wait(MOVES_SHOWN_MS);
    expect(ranking().querySelector(".rank-move")).toBeNull();
    expect(status).toHaveTextContent("Sprinter moved up 1");
  });

  it("counts a run of changes as one move from where the run began", () => {
    useAppStore.setState({ weights: weightsWith(1) });
    renderWithData(<ResultsView />, SWING);
    const slider = screen.getByRole("slider", { name: realtime });
    fireEvent.change(slider, { target: { value: "3" } });
    wait(100);
    fireEvent.change(slider, { target: { value: "1" } });
    expect(ranking().querySelector(".rank-move")).toBeNull();
    wait(ANNOUNCE_AFTER_MS);
    expect(screen.getByRole("status")).toHaveTextContent("The order did not change.");
  });
});
