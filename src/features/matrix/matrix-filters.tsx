import { CheckboxGroup } from "../../components/checkbox-group.tsx";
import { joinNames, KIND_LABELS, languageOptions } from "../../domain/catalogue.ts";
import {
  type CriterionId,
  FRAMEWORK_KINDS,
  type FrameworkKind,
  type LanguageId,
} from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { MAX_SEARCH_LENGTH } from "../../state/share-state.ts";
import { setSearch, toggleKind, toggleLanguage } from "../../state/store.ts";
import { STRONG_SCORE } from "./search.ts";

const KIND_OPTIONS = FRAMEWORK_KINDS.map((id) => ({ id, label: KIND_LABELS[id] }));

interface MatrixFiltersProps {
  languages: readonly LanguageId[];
  kinds: readonly FrameworkKind[];
  search: string;
  criteria: readonly { id: CriterionId; label: string }[];
  /** The criteria the search names ("websocket": real-time). */
  named: readonly CriterionId[];
}

/** Search, kind and language filters; every change goes to the store and so to the link. */
export function MatrixFilters({ languages, kinds, search, criteria, named }: MatrixFiltersProps) {
  const catalogue = useCatalogue();
  const namedLabels = criteria.filter((c) => named.includes(c.id)).map((c) => c.label);
  return (
    <section className="matrix-filters card" aria-label="Filters">
      <div className="matrix-search">
        <label htmlFor="matrix-search">Search names, criteria, pros and cons</label>
        <input
          id="matrix-search"
          type="search"
          value={search}
          maxLength={MAX_SEARCH_LENGTH}
          placeholder="e.g. websockets, sql, admin"
          autoComplete="off"
          aria-describedby="matrix-search-hint"
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <p className="hint" id="matrix-search-hint">
          {namedLabels.length > 0
            ? `Finds frameworks scoring ${STRONG_SCORE} or 5 on ${joinNames(namedLabels, "disjunction")}, and the words in their text.`
            : "Finds words in names, pros, cons, languages and facts; criteria by name or everyday words."}
        </p>
      </div>
      <CheckboxGroup
        legend="Kind"
        hint="none ticked = all"
        options={KIND_OPTIONS}
        checked={kinds}
        onToggle={toggleKind}
      />
      <CheckboxGroup
        legend="Languages your team can use"
        hint="none ticked = any; also sets the ranking"
        options={languageOptions(catalogue)}
        checked={languages}
        onToggle={toggleLanguage}
      />
    </section>
  );
}
