// Resolves after two animation frames and a task: whatever the last change triggered has been rendered.
() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))
