import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { displayFit } from "../../domain/scoring.ts";
import { disagreements, type TeamMember, teamRanking } from "../../domain/team.ts";
import type { Weights } from "../../domain/types.ts";
import { linkVocabularyOf } from "../../state/link-vocabulary.ts";
import { defaultShareState, encodeShareUrl } from "../../state/share-url.ts";
import { resetAppStore, useAppStore } from "../../state/store.ts";
import { addMembers } from "../../state/team-actions.ts";
import { FIXTURE_DATASET, weightsWith } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { TeamView } from "./team-view.tsx";

beforeEach(resetAppStore);

const vocabulary = linkVocabularyOf(FIXTURE_DATASET);
const ANA = weightsWith(1, { performance: 5, realtime: 4 });
const BEN = weightsWith(2, { orm: 5, learning: 5, performance: 0 });
const CLEO = weightsWith(3, { ecosystem: 5, flexibility: 0 });

/** A teammate's ordinary results link, as Copy link writes it. */
function resultsLink(weights: Weights, languages: string[] = []): string {
  const state = { ...defaultShareState(), weights, languages, view: "results" as const };
  return `https://fit.example/${encodeShareUrl(state, vocabulary)}`;
}

function teamLink(members: TeamMember[]): string {
  const state = { ...defaultShareState(), members, view: "team" as const };
  return `https://fit.example/${encodeShareUrl(state, vocabulary)}`;
}

const member = (name: string, weights: Weights, languages: string[] = []): TeamMember => ({
  name,
  weights,
  languages,
});

/** "Alpha 63": each item of the team ranking, by name and shown team fit. */
function shownRanking(): string[] {
  const list = screen.getByRole("list", { name: "Team ranking" });
  return within(list)
    .getAllByRole("listitem")
    .map((li) => {
      const name = within(li).getByRole("heading").textContent;
      return `${name} ${li.querySelector(".fit strong")?.textContent}`;
    });
}

const expected = (members: TeamMember[]) =>
  teamRanking(FIXTURE_DATASET, members).ranked.map(
    (r) => `${r.framework.name} ${displayFit(r.teamFit)}`,
  );

async function paste(text: string, name = "") {
  const user = userEvent.setup();
  await user.click(screen.getByRole("textbox", { name: "Paste teammates' links" }));
  await user.paste(text);
  if (name !== "") {
    await user.type(screen.getByRole("textbox", { name: "Name" }), name);
  }
  await user.click(screen.getByRole("button", { name: "Add from links" }));
  return user;
}

describe("TeamView", () => {
  it("asks for members until there are two", async () => {
    renderWithData(<TeamView />);
    expect(await screen.findByText(/Add at least two members/)).toBeInTheDocument();
    await paste(resultsLink(ANA), "Ana");
    expect(screen.getByText(/Add at least one more member/)).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Team ranking" })).not.toBeInTheDocument();
  });

  it("adds three members from three pasted links and ranks as teamRanking does", async () => {
    renderWithData(<TeamView />);
    await paste(
      [resultsLink(ANA, ["python", "ruby"]), resultsLink(BEN), resultsLink(CLEO)].join("\n"),
      "Ana",
    );
    const members = [
      member("Ana", ANA, ["python", "ruby"]),
      member("Member 2", BEN),
      member("Member 3", CLEO),
    ];
    expect(useAppStore.getState().members).toEqual(members);
    expect(shownRanking()).toEqual(expected(members));
    expect(screen.getByText("Added Ana, Member 2, and Member 3.")).toBeInTheDocument();
    const pick = teamRanking(FIXTURE_DATASET, members).ranked[0];
    const least = pick?.lowest;
    const first = screen.getByRole("list", { name: "Team ranking" }).querySelector("li");
    expect(first).toHaveTextContent(
      `least happy: ${members[least?.member ?? 0]?.name}, ${displayFit(least?.fit ?? 0)}`,
    );
  });

  it("takes every member of a pasted team link", async () => {
    renderWithData(<TeamView />);
    const team = [member("Ana", ANA), member("Ben", BEN)];
    await paste(teamLink(team));
    expect(useAppStore.getState().members).toEqual(team);
    expect(shownRanking()).toEqual(expected(team));
  });

  it("names a link it cannot read and changes nothing else", async () => {
    addMembers([member("Ana", ANA), member("Ben", BEN)]);
    renderWithData(<TeamView />);
    const before = shownRanking();
    await paste("https://fit.example/?v=1&view=team&m=9..Bad\nnot-a-link");
    expect(useAppStore.getState().members.map((m) => m.name)).toEqual(["Ana", "Ben"]);
    expect(
      screen.getByText(/Could not read "https:\/\/fit\.example\/\?v=1&view=team&m=9\.\.Bad"/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Could not read "not-a-link"/)).toBeInTheDocument();
    expect(shownRanking()).toEqual(before);
    expect(screen.getByRole("textbox", { name: "Paste teammates' links" })).toHaveValue(
      "https://fit.example/?v=1&view=team&m=9..Bad\nnot-a-link",
    );
  });

  it("renames inline by keyboard and removes a member", async () => {
    addMembers([member("Ana", ANA), member("Ben", BEN), member("Cleo", CLEO)]);
    const user = userEvent.setup();
    renderWithData(<TeamView />);
    await user.click(screen.getByRole("button", { name: "Rename Ben" }));
    const input = screen.getByRole("textbox", { name: "New name for Ben" });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.keyboard("  Benedikt  {Enter}");
    expect(useAppStore.getState().members.map((m) => m.name)).toEqual(["Ana", "Benedikt", "Cleo"]);
    expect(screen.getByRole("button", { name: "Rename Benedikt" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Rename Ana" }));
    await user.clear(screen.getByRole("textbox", { name: "New name for Ana" }));
    await user.keyboard("{Enter}");
    expect(screen.getByText(/A name is plain text of 1 to 40 characters/)).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(useAppStore.getState().members[0]?.name).toBe("Ana");

    await user.click(screen.getByRole("button", { name: "Remove Cleo" }));
    expect(useAppStore.getState().members.map((m) => m.name)).toEqual(["Ana", "Benedikt"]);
    expect(screen.getByText("Removed Cleo.")).toBeInTheDocument();
    expect(shownRanking()).toEqual(expected([member("Ana", ANA), member("Benedikt", BEN)]));
  });

  it("shows hostile names as text", async () => {
    const hostile = '<img src=x onerror="alert(1)">';
    addMembers([member(hostile, ANA), member("Ben", BEN)]);
    const { container } = renderWithData(<TeamView />);
    expect(screen.getAllByText(hostile, { exact: false }).length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: `Remove ${hostile}` })).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
  });

  it("says when no language suits everyone, and ranks every framework", async () => {
    const team = [member("Ana", ANA, ["python"]), member("Ben", BEN, ["ruby"])];
    addMembers(team);
    renderWithData(<TeamView />);
    expect(screen.getByText(/No language suits everyone/)).toBeInTheDocument();
    expect(shownRanking()).toEqual(expected(team));
    expect(shownRanking()).toHaveLength(FIXTURE_DATASET.frameworks.length);
  });

  it("says each member's first choice and where the team's pick ranks for them", async () => {
    const team = [member("Ana", ANA), member("Ben", BEN)];
    addMembers(team);
    renderWithData(<TeamView />);
    const ranking = teamRanking(FIXTURE_DATASET, team);
    const pick = ranking.ranked[0]?.framework.name;
    for (const o of ranking.outlooks) {
      const name = team[o.member]?.name;
      const text =
        o.teamPickRank === 1
          ? `${name}: first choice ${o.firstChoice?.name}, the team's pick too.`
          : `${name}: first choice ${o.firstChoice?.name}; the team's pick ranks`;
      expect(screen.getByText(text, { exact: false })).toBeInTheDocument();
    }
    expect(
      await screen.findByText(new RegExp(`% of nearby weightings keep ${pick} first`)),
    ).toBeInTheDocument();
  });

  it("lists criteria by gap and marks large gaps in words", async () => {
    const team = [member("Ana", ANA), member("Ben", BEN)];
    addMembers(team);
    renderWithData(<TeamView />);
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    const gaps = disagreements(team);
    expect(rows).toHaveLength(gaps.length);
    rows.forEach((row, i) => {
      const gap = gaps[i];
      expect(row).toHaveTextContent(
        gap && gap.spread >= 3 ? `${gap.spread} large gap` : String(gap?.spread),
      );
    });
    expect(within(table).getAllByText("large gap").length).toBe(
      gaps.filter((g) => g.spread >= 3).length,
    );
  });

  it("adds my priorities under a typed name, and stops at twelve with the reason", async () => {
    useAppStore.setState({ weights: ANA, languages: ["python"] });
    const user = userEvent.setup();
    renderWithData(<TeamView />);
    await user.type(screen.getByRole("textbox", { name: "Name" }), "Me");
    await user.click(screen.getByRole("button", { name: "Add my priorities" }));
    expect(useAppStore.getState().members).toEqual([member("Me", ANA, ["python"])]);

    addMembers(Array.from({ length: 11 }, (_, i) => member(`P${i}`, BEN)));
    const add = await screen.findByRole("button", { name: "Add from links" });
    expect(add).toBeDisabled();
    expect(screen.getByRole("button", { name: "Add my priorities" })).toBeDisabled();
    expect(add).toHaveAccessibleDescription(/at most 12 members/);
  });
});
