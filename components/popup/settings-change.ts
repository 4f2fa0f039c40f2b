/** What the popup asks to change: a typed patch, applied and stored by the caller (utils/settings.ts owns the shape). */
import type { GlobalSettings, SiteSettings } from '../../utils/settings';

export type SettingsChange =
  | { scope: 'site'; hostname: string; patch: Partial<SiteSettings> }
  | { scope: 'global'; patch: Partial<GlobalSettings> };
