import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveTextFile } from "../../components/save-file.ts";
import { rankFrameworks } from "../../domain/scoring.ts";
import { linkVocabularyOf } from "../../state/link-vocabulary.ts";
import { encodeShareUrl } from "../../state/share-url.ts";
import { loadShareState, resetAppStore, useAppStore } from "../../state/store.ts";
import { shareStateOf } from "../../state/url-sync.ts";
import { FIXTURE_DATASET, weightsWith } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { DecisionTools } from "./decision-tools.tsx";

vi.mock("../../components/save-file.ts", () => ({ saveTextFile: vi.fn() }));

const vocabulary = linkVocabularyOf(FIXTURE_DATASET);
const WEIGHTS = weightsWith(1, { performance: 5, realtime: 4 });

beforeEach(() => {
  resetAppStore();
  vi.mocked(saveTextFile).mockClear();
  loadShareState({ ...shareStateOf(useAppStore.getState()), weights: WEIGHTS, view: "results" });
});

/** The text of the n-th file offered for download, with its name and media type. */
function savedFile(n = 0) {
  const call = vi.mocked(saveTextFile).mock.calls[n];
  if (!call) throw new Error(`no file number ${n + 1} was saved`);
  const [name, type, text] = call;
  return { name, type, text };
}

describe("DecisionTools", () => {
  it("downloads a MADR record of the current leader, with the typed names and the link", async () => {
    const user = userEvent.setup();
    renderWithData(<DecisionTools scope="results" />);
    await user.type(screen.getByRole("textbox", { name: "Decided by" }), "Ana, Ben");
    await user.click(screen.getByRole("button", { name: "Download decision record" }));

    const leader = rankFrameworks(FIXTURE_DATASET, { weights: WEIGHTS, languages: [] }).ranked[0];
    const { name, type, text } = savedFile();
    expect(type).toBe("text/markdown");
    expect(name).toMatch(/\.md$/);
    expect(text).toMatch(/^---\nstatus: proposed\n/);
    expect(text).toContain("Ana");
    expect(text).toContain(`Chosen option: "${leader?.framework.name}"`);
    expect(text).toContain(encodeShareUrl(shareStateOf(useAppStore.getState()), vocabulary));
    expect(screen.getByRole("status")).toHaveTextContent("Decision record downloaded.");
  });

  it("uses the typed context instead of the default one", async () => {
    const user = userEvent.setup();
    renderWithData(<DecisionTools scope="compare" />);
    await user.type(
      screen.getByRole("textbox", { name: "Context and problem" }),
      "A billing service for 40 clinics.",
    );
    await user.click(screen.getByRole("button", { name: "Download decision record" }));
    expect(savedFile().text).toContain("A billing service for 40 clinics.");
  });

  it("copies the record as Markdown, and says so when the clipboard refuses", async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, "writeText");
    renderWithData(<DecisionTools scope="results" />);
    await user.click(screen.getByRole("button", { name: "Copy as Markdown" }));
    expect(writeText.mock.calls[0]?.[0]).toContain("## Decision Outcome");
    expect(screen.getByRole("status")).toHaveTextContent("copied as Markdown");

    writeText.mockRejectedValueOnce(new Error("denied"));
    await user.click(screen.getByRole("button", { name: "Copy as Markdown" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Copying was blocked");
  });

  it("writes the team's record in the team view, naming its members", async () => {
    const user = userEvent.setup();
    loadShareState({
      ...shareStateOf(useAppStore.getState()),
      view: "team",
      members: [
        { name: "Ana", weights: WEIGHTS, languages: [] },
        { name: "Ben", weights: weightsWith(2, { orm: 5 }), languages: [] },
      ],
    });
    renderWithData(<DecisionTools scope="team" />);
    expect(screen.queryByRole("textbox", { name: "Decided by" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Download decision record" }));
    expect(savedFile().text).toMatch(/decision-makers:[\s\S]*Ana[\s\S]*Ben/);
  });

  it("saves the decision as JSON and opens it again into the same state", async () => {
    const user = userEvent.setup();
    renderWithData(<DecisionTools scope="results" />);
    await user.click(screen.getByRole("button", { name: "Save decision as JSON" }));
    await waitFor(() => expect(saveTextFile).toHaveBeenCalled());
    const saved = savedFile();
    expect(saved.type).toBe("application/json");
    const before = shareStateOf(useAppStore.getState());

    loadShareState({ ...before, weights: weightsWith(0), view: "compare" });
    await user.upload(
      screen.getByLabelText("Saved decision file"),
      new File([saved.text], saved.name, { type: "application/json" }),
    );
    await waitFor(() => expect(shareStateOf(useAppStore.getState())).toEqual(before));
  });

  it("leaves the state alone and names the problem when the file is not a saved decision", async () => {
    const user = userEvent.setup();
    renderWithData(<DecisionTools scope="results" />);
    const before = useAppStore.getState();
    await user.upload(
      screen.getByLabelText("Saved decision file"),
      new File(['{"format":"something-else","__proto__":{"x":1}}'], "evil.json", {
        type: "application/json",
      }),
    );
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /evil\.json could not be opened: .+ Nothing was changed\./,
    );
    expect(useAppStore.getState()).toBe(before);
  });
});
