/** The body of the record's sections from Decision Drivers on, as Markdown blocks or lines. */
import { joinNames, kindLabel, languageNames } from "../catalogue.ts";
import { TIE_EPSILON } from "../order-by-fit.ts";
import { isOwnOptionId } from "../own-options.ts";
import { publishedValueOf } from "../score-overrides.ts";
import { displayFit } from "../scoring.ts";
import { disagreements, LARGE_DISAGREEMENT, type TeamMember } from "../team.ts";
import { CRITERION_IDS } from "../types.ts";
import { type DecisionModel, memberLanguages, requiredLanguageNames } from "./decision-model.ts";
import { markdownAutolink, markdownText } from "./markdown-text.ts";
import {
  consequenceLines,
  labelOf,
  scoreLines,
  weighedCriteria,
  weightText,
} from "./option-lines.ts";

/** Considered options listed by name and fit; the rest are counted. */
const LISTED_OPTIONS = 30;
/** Considered options given their own Pros and Cons; the rest are pointed to the link. */
const DETAILED_OPTIONS = 15;
/** Large disagreements given a line of their own; the rest are named together. */
const NAMED_DISAGREEMENTS = 3;

/** Decision Drivers: the language requirement, the weighted criteria heaviest first, a team's disagreements. */
export function driverLines(model: DecisionModel): string[] {
  const lines = [languageDriver(model)];
  if (model.unweighted) {
    lines.push("* Every criterion counts the same, as none was weighted");
  } else {
    for (const w of weighedCriteria(model)) {
      const weight = `${model.team ? "mean weight" : "weight"} ${weightText(w.weight)} of 5`;
      lines.push(`* ${labelOf(model, w.criterion)} (${weight})`);
    }
  }
  if (model.team) lines.push(...disagreementLines(model, model.team));
  return lines;
}

function languageDriver(model: DecisionModel): string {
  if (!model.team) {
    return model.languages.length > 0
      ? `* Must have: written in ${markdownText(joinNames(requiredLanguageNames(model.dataset, model.languages), "disjunction"))}`
      : "* No language requirement: any language will do";
  }
  if (model.team.every((m) => m.languages.length === 0)) {
    return "* No language requirement: every member accepts any language";
  }
  const each = markdownText(memberLanguages(model.dataset, model.team));
  return model.noCommonLanguage
    ? `* Wanted: a language every member can use, but none suits everyone (${each}), so every option is considered`
    : `* Must have: a language every member can use (${each})`;
}

function disagreementLines(model: DecisionModel, team: readonly TeamMember[]): string[] {
  const rows = disagreements(team);
  const large = rows.filter((r) => r.spread >= LARGE_DISAGREEMENT);
  if (large.length === 0) {
    const widest = rows[0];
    const gap =
      widest && widest.spread > 0
        ? ` (the widest gap is ${widest.spread}, on ${labelOf(model, widest.criterion)})`
        : "";
    return [
      `* The members mostly agree: no criterion's weights are ${LARGE_DISAGREEMENT} or more steps apart${gap}`,
    ];
  }
  const lines = large.slice(0, NAMED_DISAGREEMENTS).map((r) => {
    const each = team.map((m, i) => `${markdownText(m.name)} ${r.weights[i]}`).join(", ");
    return `* The members disagree on ${labelOf(model, r.criterion)}: weights ${r.spread} steps apart (${each})`;
  });
  const more = large.length - lines.length;
  if (more > 0) {
    lines.push(
      `* The members also disagree, by ${LARGE_DISAGREEMENT} or more steps, on ${joinNames(
        large.slice(lines.length).map((r) => labelOf(model, r.criterion)),
        "conjunction",
      )}`,
    );
  }
  return lines;
}

function fitText(model: DecisionModel, fit: number): string {
  return `${model.team ? "team fit" : "fit"} ${displayFit(fit)}`;
}

/** Considered Options: the ranking with fits, then what the language requirement leaves out and why. */
export function consideredOptions(model: DecisionModel): string[] {
  if (model.options.length === 0) return ["No option meets the language requirement."];
  const listed = model.options.slice(0, LISTED_OPTIONS).map((o) => {
    const least = o.leastHappy
      ? `; least happy: ${markdownText(o.leastHappy.name)}, ${displayFit(o.leastHappy.fit)}`
      : "";
    return `* ${markdownText(o.framework.name)} (${fitText(model, o.fit)}${least})`;
  });
  const rest = model.options.length - listed.length;
  if (rest > 0) listed.push(`* … and ${rest} more, ranked lower`);
  const blocks = [listed.join("\n")];
  if (model.noCommonLanguage) {
    blocks.push(
      "No framework is written in a language every member can use, so all are considered.",
    );
  }
  const byReason = new Map<string, string[]>();
  for (const o of model.leftOut) {
    const entries = byReason.get(o.reason) ?? [];
    entries.push(`${markdownText(o.framework.name)} (would fit ${displayFit(o.fit)})`);
    byReason.set(o.reason, entries);
  }
  for (const [reason, entries] of byReason) {
    const shown = entries.slice(0, LISTED_OPTIONS);
    const more = entries.length - shown.length;
    const tail = more > 0 ? `, and ${more} more` : "";
    blocks.push(`Left out, as ${markdownText(reason)}: ${shown.join(", ")}${tail}.`);
  }
  return blocks;
}

/** Decision Outcome: the choice and its margin, how firm it is, when to revisit it, its consequences. */
export function decisionOutcome(model: DecisionModel): string[] {
  const [chosen, runnerUp] = model.options;
  if (!chosen) {
    return [
      "No option is chosen: no framework meets the language requirement. Widen it and write the record again.",
    ];
  }
  const name = markdownText(chosen.framework.name);
  const fit = `${displayFit(chosen.fit)} of 100`;
  let margin: string;
  if (!runnerUp) {
    margin =
      model.leftOut.length > 0
        ? "and it is the only option that meets the language requirement"
        : "and it is the only option considered";
  } else {
    const rival = `${markdownText(runnerUp.framework.name)} (${displayFit(runnerUp.fit)})`;
    const ahead = displayFit(chosen.fit) - displayFit(runnerUp.fit);
    margin =
      chosen.fit - runnerUp.fit < TIE_EPSILON
        ? `tied with ${rival} and first by name`
        : ahead === 0
          ? `less than a point ahead of the runner-up, ${rival}`
          : `${ahead} ${ahead === 1 ? "point" : "points"} ahead of the runner-up, ${rival}`;
  }
  const because = model.team
    ? `it has the best team fit, the mean of the members' own fits: ${fit}, ${margin}`
    : model.unweighted
      ? `it fits best with every criterion counting the same: ${fit}, ${margin}`
      : `it fits the weighted criteria best: ${fit}, ${margin}`;
  const blocks = [`Chosen option: "${name}", because ${because}.`];
  if (chosen.leastHappy) {
    blocks[0] += ` The least happy member is ${markdownText(chosen.leastHappy.name)}, with a fit of ${displayFit(chosen.leastHappy.fit)}.`;
  }
  if (model.firmness) {
    const moved = model.team ? "each member's every weight" : "each weight";
    blocks.push(
      `It stays first in ${Math.round(model.firmness.percent)}% of ${model.firmness.samples.toLocaleString("en-US")} nearby weightings (${moved} moved by up to one step).`,
    );
  }
  blocks.push(revisit(model));
  blocks.push(["### Consequences", consequenceLines(model).join("\n")].join("\n\n"));
  return blocks;
}

function revisit(model: DecisionModel): string {
  const [chosen, runnerUp] = model.options;
  if (!chosen) return "";
  const name = markdownText(chosen.framework.name);
  if (!runnerUp) {
    return model.leftOut.length > 0
      ? `Revisit if the language requirement changes (it leaves out ${model.leftOut.length} ${model.leftOut.length === 1 ? "option" : "options"}) or new options appear.`
      : "Revisit if new options appear or the scores behind this choice change.";
  }
  const rival = markdownText(runnerUp.framework.name);
  const flip = model.flip;
  if (!flip) {
    const weight = model.team ? "one member's single weight" : "a single weight";
    return `No change to ${weight} would let ${rival}, the runner-up, overtake; revisit if the scores behind this choice change.`;
  }
  const whose = flip.member
    ? `${markdownText(flip.member)}'s weight for ${labelOf(model, flip.criterion)}`
    : `the weight of ${labelOf(model, flip.criterion)}`;
  const change = flip.to > flip.from ? "rises" : "falls";
  return `Revisit if ${whose} ${change} from ${flip.from} to ${flip.to}: ${rival} would then overtake ${name}.`;
}

/** Pros and Cons of the Options: each considered option's verdict on every weighted criterion. */
export function prosAndCons(model: DecisionModel): string[] {
  if (model.options.length === 0) return ["No options were considered."];
  const total = model.options.length;
  const blocks = model.options.slice(0, DETAILED_OPTIONS).map((o) => {
    const f = o.framework;
    const own = isOwnOptionId(f.id);
    const languages =
      f.languages.length > 0 ? languageNames(model.dataset, f.languages) : "any language";
    const about = `${markdownText(kindLabel(f))}; ${markdownText(languages)}. ${model.team ? "Team fit" : "Fit"} ${displayFit(o.fit)} of 100, rank ${o.rank} of ${total}.`;
    const description = own
      ? `${about} Scored by you, so it has no sources.`
      : `${about} ${markdownText(f.summary)}`;
    return [`### ${markdownText(f.name)}`, description, scoreLines(model, f).join("\n")].join(
      "\n\n",
    );
  });
  const rest = total - DETAILED_OPTIONS;
  if (rest > 0) {
    blocks.push(
      `The ${rest} options ranked lower are not detailed here; the link under More Information shows them all.`,
    );
  }
  return blocks;
}

/** More Information: the link that reopens the decision, the dataset's date, how fits are computed. */
export function moreInformation(model: DecisionModel, link: string): string[] {
  const lines = [
    `* Reopen this decision in Framework Fit: ${markdownAutolink(link)}`,
    `* Scores and facts: the Framework Fit dataset as of ${markdownText(model.dataset.asOf)}; each score above links its sources.`,
  ];
  const own = model.dataset.frameworks.filter((f) => isOwnOptionId(f.id)).length;
  const yours = model.dataset.frameworks
    .filter((f) => !isOwnOptionId(f.id))
    .reduce(
      (count, f) =>
        count + CRITERION_IDS.filter((id) => publishedValueOf(f.scores[id]) !== undefined).length,
      0,
    );
  if (yours > 0) {
    lines.push(
      `* ${yours} ${yours === 1 ? "score is" : "scores are"} your own, replacing the dataset's: each is marked "your score" above, with the dataset's value beside it.`,
    );
  }
  if (own > 0) {
    lines.push(
      `* ${own} ${own === 1 ? "option is" : "options are"} your own, scored by you without sources.`,
    );
  }
  const fits = model.team
    ? "each score from 1 to 5 counts as 0 to 1, each member's fit of an option is the weighted average of these over the criteria under their own weights, times 100, and the team fit is the mean of the members' fits."
    : `each score from 1 to 5 counts as 0 to 1, and an option's fit is the weighted average of these over the criteria, times 100, ${model.unweighted ? "with every criterion counting the same." : "with the weights under Decision Drivers."}`;
  lines.push(`* How fits are computed: ${fits}`);
  return lines;
}
