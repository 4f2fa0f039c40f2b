/** The popup's entry: its styles and the view the popup page renders. */
import './popup.css';

export { PopupView, type PopupTab } from './PopupView';
