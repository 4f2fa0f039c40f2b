/**
 * Whether text lies where nothing is marked: scripts, form fields, editors (contenteditable and all inside it) and
 * the extension's own UI. Asked only for the few blocks that hold a candidate, so a page pays nothing for its size.
 */
import { ELEMENT_NODE, SKIPPED_ANCESTORS, SKIPPED_SELECTOR } from './elements';

/** Whether `node` (or the element holding it) is inside skipped content. */
export function isInsideSkipped(node: Node): boolean {
  // A document in designMode is one big editor.
  if (node.ownerDocument?.designMode === 'on') return true;
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element !== null && element.closest(SKIPPED_SELECTOR) !== null;
}

/**
 * For one scan: whether a page-text node (already known not to be script or form text) lies in an editor, our UI or
 * similar. Answers are shared by all nodes of a block, since being skipped is inherited.
 */
export function skippedChecker(): (node: Node, block: Node) => boolean {
  const answers = new Map<Node, boolean>();
  return (node, block) => {
    let answer = answers.get(block);
    if (answer === undefined) {
      const element = block.nodeType === ELEMENT_NODE ? (block as Element) : node.parentElement;
      answer = element !== null && element.closest(SKIPPED_ANCESTORS) !== null;
      answers.set(block, answer);
    }
    if (answer) return true;
    // Inline editors inside a block: <p>Hello <span contenteditable>Paris</span></p>.
    for (let element = node.parentElement; element !== null && element !== block; element = element.parentElement) {
      if (element.matches(SKIPPED_ANCESTORS)) return true;
    }
    return false;
  };
}
