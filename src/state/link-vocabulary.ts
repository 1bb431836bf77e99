import type { Catalogue } from "../domain/catalogue.ts";
import type { LinkVocabulary } from "./share-state.ts";

/** The ids a link may name: the catalogue's frameworks and languages. */
export function linkVocabularyOf(catalogue: Catalogue): LinkVocabulary {
  return {
    frameworkIds: catalogue.frameworks.map((f) => f.id),
    languageIds: catalogue.languages.map((l) => l.id),
  };
}
