// Runs at document start (addInitScript). The page is idle once, after its load event (and, with the extension, its
// first full scan), QUIET_MS pass with no task over 50 ms and no extension scan (its User Timing measures, bench
// build only); idleAt is when the last one ended. Long tasks are seen two ways: the observer gives their exact end but
// may report them late, so a check that comes more than GAP_MS after the previous one also counts as one ending then.
window.__benchIdle = new Promise((resolve) => {
  const QUIET_MS = 500;
  const LIMIT_MS = 30000;
  const CHECK_MS = 20;
  const GAP_MS = 70;
  let busyEnd = 0;
  let scanned = window.__benchExpectScan !== true;
  // The page's own milestones, to compare with and without the extension (separately from when the marks appear).
  const milestones = { fcp: NaN, lcp: NaN, marksAt: NaN };
  const note = (end) => { busyEnd = Math.max(busyEnd, end); };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) note(entry.startTime + entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.name.startsWith('rumor-context:')) continue;
        note(entry.startTime + entry.duration);
        if (entry.name === 'rumor-context:full-scan' && !scanned) {
          scanned = true;
          milestones.marksAt = entry.startTime + entry.duration;
        }
      }
    }).observe({ type: 'measure', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') milestones.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) milestones.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (error) {
    // No observer: idleAt is the load event.
  }
  addEventListener('load', () => {
    const loadEnd = performance.now();
    note(loadEnd);
    let last = loadEnd;
    const check = () => {
      const now = performance.now();
      if (now - last > GAP_MS) note(now);
      last = now;
      if ((scanned && now - busyEnd >= QUIET_MS) || now - loadEnd > LIMIT_MS) {
        const navigation = performance.getEntriesByType('navigation')[0];
        resolve({ loadEnd, idleAt: busyEnd, scanned, loadEvent: navigation ? navigation.loadEventStart : loadEnd, ...milestones });
      }
      else setTimeout(check, CHECK_MS);
    };
    setTimeout(check, CHECK_MS);
  });
});
