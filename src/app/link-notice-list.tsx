import { describeLinkProblem } from "../state/link-problem-text.ts";
import { dismissLinkProblems, type LinkProblem } from "../state/store.ts";

/** The notice's text: which settings of the link were not understood and what was used instead. */
export function LinkNoticeList({ problems }: { problems: readonly LinkProblem[] }) {
  const sentences = problems.map((problem) => ({ problem, text: describeLinkProblem(problem) }));
  return (
    <section className="notice" role="status" aria-labelledby="link-notice-heading">
      <div>
        <h2 id="link-notice-heading">Some settings in this link were not understood</h2>
        <ul>
          {sentences.map(({ problem, text }) => (
            <li key={`${problem.key}:${text}`}>{text}</li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={dismissLinkProblems}>
        Dismiss
      </button>
    </section>
  );
}
