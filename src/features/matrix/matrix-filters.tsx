import { CheckboxGroup } from "../../components/checkbox-group.tsx";
import { KIND_LABELS, languageOptions } from "../../domain/catalogue.ts";
import { FRAMEWORK_KINDS, type FrameworkKind, type LanguageId } from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { MAX_SEARCH_LENGTH } from "../../state/share-state.ts";
import { setSearch, toggleKind, toggleLanguage } from "../../state/store.ts";

const KIND_OPTIONS = FRAMEWORK_KINDS.map((id) => ({ id, label: KIND_LABELS[id] }));

interface MatrixFiltersProps {
  languages: readonly LanguageId[];
  kinds: readonly FrameworkKind[];
  search: string;
}

/** Search, kind and language filters; every change goes to the store and so to the link. */
export function MatrixFilters({ languages, kinds, search }: MatrixFiltersProps) {
  const catalogue = useCatalogue();
  return (
    <section className="matrix-filters card" aria-label="Filters">
      <div className="matrix-search">
        <label htmlFor="matrix-search">Search names, pros and cons</label>
        <input
          id="matrix-search"
          type="search"
          value={search}
          maxLength={MAX_SEARCH_LENGTH}
          placeholder="e.g. websockets"
          autoComplete="off"
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
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
