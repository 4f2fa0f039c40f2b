/**
 * The site switch on the card: "Turn off on this site". (The popup's switch and the keyboard command, Alt+Shift+R,
 * go straight to the background worker; the runtime follows the stored setting and stops.)
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import { requestSettingsChange } from '@/lib/settings-read';

export const siteSwitch: Feature = {
  id: 'site-switch',
  init(runtime) {
    runtime.cardAction('onDisableSite', () => {
      void runtime.settle.track(requestSettingsChange({ scope: 'site', hostname: runtime.hostname, patch: { enabled: false } }).catch(() => undefined));
    });
  },
};
