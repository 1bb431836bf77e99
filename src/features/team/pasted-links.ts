/** Reads teammates' pasted links into team members; what cannot be read is named, never guessed. */
import type { TeamMember } from "../../domain/team-members.ts";
import type { LinkVocabulary } from "../../state/share-state.ts";
import { decodeShareUrl } from "../../state/share-url.ts";

/** Longest piece of a pasted link quoted back in a notice. */
const SHOWN_LENGTH = 60;

/** What a paste gave: the members in order and the pieces that gave nothing. */
export interface PastedLinks {
  members: TeamMember[];
  /** The pieces that were not a readable link with priorities or members, as pasted. */
  unreadable: string[];
}

/** The query of one pasted piece: a whole URL's search, or the piece itself ("?a=b" or "a=b"). */
function queryOf(piece: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(piece)) {
    try {
      return new URL(piece).search;
    } catch {
      return "";
    }
  }
  return piece;
}

/** A piece of the paste as a notice quotes it: at most 60 characters. */
export function shownPiece(piece: string): string {
  const chars = Array.from(piece);
  return chars.length > SHOWN_LENGTH ? `${chars.slice(0, SHOWN_LENGTH - 1).join("")}…` : piece;
}

/**
 * Splits a paste on white space; a team link gives all its members, an ordinary results link
 * one member named by `nameFor(position, ordinary)`: its place among the new members and among
 * the ordinary links.
 */
export function readPastedLinks(
  text: string,
  vocabulary: LinkVocabulary,
  nameFor: (position: number, ordinary: number) => string,
): PastedLinks {
  const members: TeamMember[] = [];
  const unreadable: string[] = [];
  let ordinary = 0;
  for (const piece of text.split(/\s+/u).filter((p) => p !== "")) {
    const query = queryOf(piece);
    const decoded = query === "" ? undefined : decodeShareUrl(query, vocabulary);
    if (decoded && decoded.state.members.length > 0) {
      members.push(...decoded.state.members);
    } else if (decoded?.weightsGiven) {
      const { weights, languages } = decoded.state;
      members.push({ name: nameFor(members.length, ordinary), weights, languages });
      ordinary += 1;
    } else {
      unreadable.push(piece);
    }
  }
  return { members, unreadable };
}
