/** Actions on the team's members; loaded with the team view. */
import { MAX_TEAM, type TeamMember } from "../domain/team-members.ts";
import type { Weights } from "../domain/types.ts";
import { useAppStore } from "./store.ts";

const set = useAppStore.setState;

/** Adds team members at the end (the team keeps at most twelve); returns how many were added. */
export function addMembers(members: readonly TeamMember[]): number {
  let added = 0;
  set((s) => {
    const room = Math.max(0, MAX_TEAM - s.members.length);
    added = Math.min(room, members.length);
    return { members: [...s.members, ...members.slice(0, room)] };
  });
  return added;
}

/** Renames the member at `index` (the name must already be clean plain text). */
export function renameMember(index: number, name: string): void {
  set((s) => ({ members: s.members.map((m, i) => (i === index ? { ...m, name } : m)) }));
}

/** Removes the member at `index`. */
export function removeMember(index: number): void {
  set((s) => ({ members: s.members.filter((_, i) => i !== index) }));
}

/** Makes saved priorities the current ones (weights and languages), e.g. a reopened scenario. */
export function applyPriorities(weights: Readonly<Weights>, languages: readonly string[]): void {
  set({ weights: { ...weights }, languages: [...languages] });
}
