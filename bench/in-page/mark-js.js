// The peer: mark.js (injected beforehand) marking the same names and aliases, one DOM pass per term. A run that
// passes capMs is stopped (mark.js calls `filter` for every match, and a throw ends it): its time is a lower bound.
(options) => {
  const started = performance.now();
  let marked = 0;
  let capped = false;
  try {
    new Mark(document.body).mark(options.terms, {
      separateWordSearch: false,
      diacritics: false,
      acrossElements: options.acrossElements,
      accuracy: 'exactly',
      filter: () => {
        if (performance.now() - started > options.capMs) throw new Error('bench cap');
        return true;
      },
      done: (count) => { marked = count; },
    });
  } catch (error) {
    if (String(error).indexOf('bench cap') < 0) throw error;
    capped = true;
  }
  return { ms: performance.now() - started, marked, capped };
}
