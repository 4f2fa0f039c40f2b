/** Preview-only: the card as the content script would ship it (Preact + card + its CSS), to measure its size. */
import { h, render } from 'preact';
import { cardCss, RumorCard, type RumorCardProps } from '../../components/card';
import { placeCard } from '../../utils/card-position';

export function mountCard(shadow: ShadowRoot, root: HTMLElement, props: RumorCardProps) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cardCss);
  shadow.adoptedStyleSheets = [sheet];
  render(h(RumorCard, props), root);
  return placeCard;
}
