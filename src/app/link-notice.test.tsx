import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { linkVocabularyOf } from "../state/link-vocabulary.ts";
import { decodeShareUrl } from "../state/share-url.ts";
import { loadShareState, resetAppStore } from "../state/store.ts";
import { FIXTURE_DATASET } from "../testing/fixtures.ts";
import { LinkNotice } from "./link-notice.tsx";

const VOCABULARY = linkVocabularyOf(FIXTURE_DATASET);

beforeEach(resetAppStore);

describe("LinkNotice", () => {
  it("names each setting that was not understood, as text, and can be dismissed", async () => {
    const { state, problems } = decodeShareUrl(
      "?performance=99&lang=klingon&view=%3Cb%3Ebold%3C%2Fb%3E",
      VOCABULARY,
    );
    loadShareState(state, problems);
    const user = userEvent.setup();
    const { container } = render(<LinkNotice />);
    const notice = await screen.findByRole("status");
    expect(notice).toHaveTextContent("Some settings in this link were not understood");
    expect(
      within(notice)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      '"performance=99" is not a weight from 0 to 5; used 3 instead.',
      '"lang=klingon" names an unknown language (klingon); it was left out.',
      '"view=<b>bold</b>" is not a view (quiz, results, matrix, compare, team, about); ' +
        "opened the results view instead.",
    ]);
    expect(container.querySelector("b")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("stays hidden for a clean link", async () => {
    // The notice's text is loaded when first needed: load it, so its absence below means something.
    await import("./link-notice-list.tsx");
    const { container } = render(<LinkNotice />);
    await Promise.resolve();
    expect(screen.queryByRole("status")).toBeNull();
    expect(container).toBeEmptyDOMElement();
  });
});
