/*
 * The page's own view of itself, installed as an init script (so it runs under any Content-Security-Policy and
 * before any page script can replace a built-in). At DOMContentLoaded, before the content script (document_idle),
 * it snapshots the body's HTML, text and element boxes, and records every DOM mutation made after that. The test
 * later calls window.__probe.compare() to see what changed.
 */
(() => {
  if (window !== window.top) return;
  const MAX_BOXES = 1500;
  const HOST_TAG = 'RUMOR-CONTEXT-UI';
  const getRect = Element.prototype.getBoundingClientRect;
  const closest = Element.prototype.closest;
  const innerHtml = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML').get;
  const textContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent').get;
  const Observer = MutationObserver;
  const highlights = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  const { push, map, filter, join, every, slice } = Array.prototype;
  const state = { before: null, mutations: [], highlightAtSnapshot: null };

  const bodyOf = () => document.body ?? document.documentElement;

  // Element boxes in page coordinates; on big pages the first and last MAX_BOXES / 2 elements.
  const boxes = () => {
    const root = bodyOf();
    if (!root) return [];
    const all = root.getElementsByTagName('*');
    const picked = [];
    const half = MAX_BOXES / 2;
    for (let i = 0; i < all.length; i++) {
      if (all.length > MAX_BOXES && i >= half && i < all.length - half) i = all.length - half;
      const r = getRect.call(all[i]);
      picked[picked.length] = `${all[i].tagName} ${r.left + scrollX} ${r.top + scrollY} ${r.width} ${r.height}`;
    }
    return picked;
  };

  const snapshot = () => {
    const root = bodyOf();
    return { html: root ? innerHtml.call(root) : '', text: root ? textContent.call(root) : '', boxes: boxes() };
  };

  const describe = (record) => {
    const target = record.target;
    const name = target.nodeName;
    const names = (nodes) => join.call(map.call(nodes, (node) => node.nodeName), ',');
    const added = names(record.addedNodes);
    const removed = names(record.removedNodes);
    return `${record.type} on ${name}${record.attributeName ? `[${record.attributeName}]` : ''} +${added} -${removed}`;
  };

  // Changes inside the extension's own card host are its business; everything else the page would see.
  const isOwnUi = (record) => {
    const target = record.target;
    const element = target.nodeType === 1 ? target : target.parentElement;
    if (element && closest.call(element, HOST_TAG)) return true;
    const isHost = (node) => node.nodeName === HOST_TAG;
    return record.type === 'childList' && every.call(record.addedNodes, isHost) && every.call(record.removedNodes, isHost);
  };

  const take = () => {
    if (state.before) return;
    state.highlightAtSnapshot = highlights ? highlights.has('rumor-context-mark') : null;
    state.before = snapshot();
    new Observer((records) => {
      for (const record of records) push.call(state.mutations, { text: describe(record), ownUi: isOwnUi(record) });
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  document.addEventListener('DOMContentLoaded', take, { once: true });

  window.__probe = {
    take,
    /** What changed since the snapshot, as the page's scripts would see it. */
    compare() {
      const before = state.before;
      const after = snapshot();
      const moved = [];
      const count = Math.max(before.boxes.length, after.boxes.length);
      for (let i = 0; i < count && moved.length < 5; i++) {
        if (before.boxes[i] !== after.boxes[i]) moved[moved.length] = `${before.boxes[i]} -> ${after.boxes[i]}`;
      }
      const foreign = map.call(filter.call(state.mutations, (m) => !m.ownUi), (m) => m.text);
      return {
        highlightAtSnapshot: state.highlightAtSnapshot,
        htmlSame: before.html === after.html,
        textSame: before.text === after.text,
        htmlLength: after.html.length,
        boxesCompared: count,
        moved,
        foreignMutations: slice.call(foreign, 0, 10),
        foreignMutationCount: foreign.length,
      };
    },
  };
})();
