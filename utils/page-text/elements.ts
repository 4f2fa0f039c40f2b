/** Which elements join their text into one line of reading, and which hold text that is not page text. */

/**
 * Phrasing elements: text inside them runs on with the text around them. Every other element (p, div, li, td,
 * headings, custom elements...) starts a new block, and a name never spans two blocks.
 */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr',
  // SVG text runs on through its <tspan> and <textPath> children.
  'tspan', 'textPath',
]);

/** Elements whose own text children are never page text; the walk drops that text at no extra cost. */
export const NON_TEXT_PARENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'title', 'option', 'optgroup', 'select',
  // Never shown: frameset fallback text, and SVG descriptions and metadata.
  'noframes', 'desc', 'metadata',
]);

/**
 * Text that is not page text: code, text a person is typing (form fields, contenteditable and everything inside it),
 * and the extension's own UI. The scan drops text whose parent is in NON_TEXT_PARENTS as it joins a region, and asks
 * closest(SKIPPED_ANCESTORS) only of the blocks that hold a candidate, never of every node.
 */
export const SKIPPED_ANCESTORS = '[contenteditable]:not([contenteditable="false"]),[data-rumor-context-ui],noscript,template';

/** Everything skipped, as one selector (for a caller that wants to test a node directly). */
export const SKIPPED_SELECTOR = [...NON_TEXT_PARENTS, 'input', SKIPPED_ANCESTORS].join(',');

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const SHOW_TEXT = 4;
export const SHOW_ELEMENT = 1;

/** Whether a node is an element whose text runs on with its surroundings (other nodes have no localName). */
export function isInlineElement(node: Node): boolean {
  return INLINE_ELEMENTS.has((node as Element).localName);
}
