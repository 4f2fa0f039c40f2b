/**
 * Whether text lies where nothing is marked: scripts, form fields, editors (contenteditable and all inside it) and
 * the extension's own UI. Asked only for the few nodes a match touches, so a page pays nothing for its size.
 */
import { ELEMENT_NODE, SKIPPED_SELECTOR } from './elements';

/** Whether `node` (or the element holding it) is inside skipped content. */
export function isInsideSkipped(node: Node): boolean {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element !== null && element.closest(SKIPPED_SELECTOR) !== null;
}

/** isInsideSkipped with answers remembered per parent element, for one scan. */
export function skippedChecker(): (node: Node) => boolean {
  const answers = new Map<Node | null, boolean>();
  return (node) => {
    const key = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = isInsideSkipped(node);
      answers.set(key, answer);
    }
    return answer;
  };
}
