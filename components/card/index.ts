/**
 * The card's entry. Its styles are exported as text, not imported for effect: they belong in the card's shadow
 * root (adopted or in a <style>), and a plain CSS import would also emit a page-level stylesheet.
 */
export { default as cardCss } from './card.css?inline';
export { RumorCard, type RumorCardProps } from './RumorCard';

