import { useCallback, useMemo, useState } from "react";
import { useCatalogue } from "../../state/dataset-context.ts";
import { linkVocabularyOf } from "../../state/link-vocabulary.ts";
import {
  browserStorage,
  readScenarios,
  type Scenario,
  type ScenarioStorageProblem,
  withScenario,
  writeScenarios,
} from "../../state/scenario-storage.ts";

const PROBLEM_TEXT: Readonly<Record<ScenarioStorageProblem, string>> = {
  unavailable:
    "This browser does not let the page save anything, so scenarios last only until you leave the page.",
  corrupt: "Some saved scenarios could not be read and were left out; saving again replaces them.",
  full: "The browser's storage is full, so scenarios last only until you leave the page.",
};

/** Saved scenarios, kept in memory and, where the browser allows, in its storage. */
export function useScenarios() {
  const catalogue = useCatalogue();
  const initial = useMemo(
    () => readScenarios(browserStorage(), linkVocabularyOf(catalogue)),
    [catalogue],
  );
  const [scenarios, setScenarios] = useState<Scenario[]>(initial.scenarios);
  // A storage problem is said once; later failures of the same storage add nothing new.
  const [problem, setProblem] = useState<string>(
    initial.problem ? PROBLEM_TEXT[initial.problem] : "",
  );

  const store = useCallback((next: Scenario[]) => {
    setScenarios(next);
    const failed = writeScenarios(browserStorage(), next);
    if (failed !== null) setProblem((shown) => shown || PROBLEM_TEXT[failed]);
  }, []);

  return {
    scenarios,
    problem,
    save: (scenario: Scenario) => store(withScenario(scenarios, scenario)),
    remove: (name: string) => store(scenarios.filter((s) => s.name !== name)),
  };
}
