/** The card's entry: its styles (bundled into the shadow root by the content script) and its component. */
import '../shared/shared.css';
import './card.css';

export { RumorCard, type RumorCardProps } from './RumorCard';
export type { Currency } from '../shared/currency';
export { currencyOf } from '../shared/currency';
