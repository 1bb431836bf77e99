/** Where the facts and scores come from, how old they are, and how to report an error. */
export function DataSources({ asOf }: { asOf: string }) {
  return (
    <section className="about-section" aria-labelledby="about-data">
      <h3 id="about-data">Where the data comes from</h3>
      <p>
        The facts and scores were last checked on <time dateTime={asOf}>{asOf}</time>.
      </p>
      <p>
        Facts are read at primary sources wherever one could be read: the project's license file,
        its release notes and tags, its package registry and its official documentation. Performance
        scores rest on TechEmpower's benchmark Round 23 (the Fortunes test), and ecosystem scores on
        the 2025 Stack Overflow Developer Survey. Every fact and every score cites its sources, with
        the day each was read; Compare shows them beside each value. Pros, cons and the reasons for
        each score are written in our own words.
      </p>
      <p>
        Spotted a wrong fact or score? Open an issue in the project's repository naming the
        framework, the field (for example the real-time score or the latest version) and a source
        that shows the right value. The README's section “Report or fix a data error” explains how
        to send the fix yourself.
      </p>
    </section>
  );
}
