/** The fit formula said in words, with the rules that change how it reads. */
export function FitInWords({ criteriaCount }: { criteriaCount: number }) {
  return (
    <section className="about-section" aria-labelledby="about-fit">
      <h3 id="about-fit">The fit in words</h3>
      <p>
        Every framework has a score from 1 to 5 on each of the {criteriaCount} criteria, given by
        the rubric below (5 is best for a team that cares about that criterion). Your answers, or
        the sliders in Results, give each criterion a weight from 0 (ignore it) to 5 (critical).
      </p>
      <p>
        A score becomes a share of the way from worst to best: 1 counts as 0, 3 as 0.5 and 5 as 1,
        that is <code>(score − 1) ÷ 4</code>. The <strong>fit</strong> is the weighted average of
        those shares, out of 100: a framework that scores 5 on everything you weighted fits 100, one
        that scores 1 on all of it fits 0. As a formula:{" "}
        <code>fit = 100 × Σ(weight × share) ÷ Σ weight</code>.
      </p>
      <ul>
        <li>A weight of 0 leaves that criterion out of your fit altogether.</li>
        <li>If every weight is 0, every weight counts as 1, so each criterion counts equally.</li>
        <li>
          Scores are never stretched to the frameworks on screen: choosing languages hides
          frameworks, but never changes anyone's fit.
        </li>
        <li>
          The highest fit ranks first; fits that are equal (to within a billionth) are ordered by
          name. The page shows the fit rounded to a whole number.
        </li>
      </ul>
    </section>
  );
}
