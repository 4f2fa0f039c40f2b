// Runs at document start in the page (addInitScript): records every main-thread task over 50 ms.
window.__benchLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, ms: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch (error) {
  window.__benchLongTasks = null;
}
