/** Actions on the user's own options; loaded with the panel that edits them. */
import { MAX_OWN_OPTIONS, OWN_OPTION_IDS, type OwnOption } from "../domain/own-options.ts";
import { MIN_COMPARE } from "./share-state.ts";
import { useAppStore } from "./store.ts";

const set = useAppStore.setState;

/** Adds an own option (at most three); it is ranked as "own1".."own3" by position. */
export function addOwnOption(option: OwnOption): void {
  set((s) => (s.own.length >= MAX_OWN_OPTIONS ? {} : { own: [...s.own, option] }));
}

/** Replaces the own option at `index`. */
export function updateOwnOption(index: number, option: OwnOption): void {
  set((s) => ({ own: s.own.map((o, i) => (i === index ? option : o)) }));
}

/** Removes the own option at `index`; later options move up, and the comparison follows them. */
export function removeOwnOption(index: number): void {
  set((s) => {
    const removed = OWN_OPTION_IDS[index];
    const renumber = (id: string) => {
      const at = OWN_OPTION_IDS.indexOf(id);
      return at > index ? (OWN_OPTION_IDS[at - 1] as string) : id;
    };
    const compare = s.compare.filter((id) => id !== removed).map(renumber);
    return {
      own: s.own.filter((_, i) => i !== index),
      compare: compare.length >= MIN_COMPARE ? compare : [],
    };
  });
}
