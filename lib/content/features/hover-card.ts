/**
 * The hover card: a pointer resting on a name (or keyboard focus on an element holding one) opens the card of sourced
 * claims beside it. The card data is fetched while the pointer rests, so the card opens at once after the delay.
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import { trackHover } from '@/lib/content/hover-tracker';
import { CardHost } from '@/lib/content/card-host';
import { CardController } from '@/lib/content/card-controller';
import { cardData, passageClaims } from '@/lib/content/card-data';

export const hoverCard: Feature = {
  id: 'hover-card',
  init(runtime) {
    runtime.whileOn((signal) => {
      const { doc } = runtime;
      const host = new CardHost(doc);
      signal.addEventListener('abort', () => host.dispose(), { once: true });
      // Topics hidden while a card is open leave it at once, as they leave the popup.
      runtime.onSettings((settings) => host.update({ hiddenTopics: settings.global.hiddenTopics }), signal);
      const controller: CardController = new CardController({
        doc,
        host,
        signal,
        contentFor: async (mark) => {
          const [data, passage] = await runtime.settle.track(Promise.all([cardData(mark.person), passageClaims(mark)]));
          const hiddenTopics = runtime.settings.global.hiddenTopics;
          return data && { ...data, passage, hiddenTopics, ...runtime.cardActionsFor(mark, () => controller.close()) };
        },
      });
      runtime.offerCard(
        {
          open: async (mark, request) => {
            const opened = await controller.open(mark, request.by, null, request.onClosed);
            if (opened && request.announce) host.announce(request.announce);
            return opened;
          },
          current: () => controller.current,
        },
        signal,
      );
      trackHover({
        doc,
        marks: runtime.marks,
        signal,
        hoverDelayMs: () => runtime.settings.global.hoverDelayMs,
        modifier: () => runtime.settings.global.modifier,
        isInsideCard: (target) => host.contains(target),
        onHoverChange: (mark) => {
          const active = mark ?? controller.current;
          runtime.paint('active', active ? [active.range] : []);
          if (mark) {
            controller.stay(mark);
            // Fetched during the hover delay, so the card opens at once.
            void cardData(mark.person);
            void passageClaims(mark);
          } else controller.leaveSoon();
        },
        onIntent: (mark, how, anchor) => {
          if (how === 'focus' && anchor && controller.consumeSuppressedFocus(anchor)) return;
          void controller.open(mark, how, anchor);
        },
        onFocusOut: (next) => controller.focusMoved(next),
      });
    });
  },
};
