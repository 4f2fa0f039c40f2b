// The extension's User Timing measures (bench build only), oldest first.
() => performance.getEntriesByType('measure')
  .filter((entry) => entry.name.startsWith('rumor-context:'))
  .map((entry) => ({ name: entry.name.slice('rumor-context:'.length), start: entry.startTime, ms: entry.duration, detail: entry.detail ?? null }))
