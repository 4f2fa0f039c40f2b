/**
 * The content script's features, one file each, in the order they start. A new card button, command or message is
 * a new file here and one line in this list.
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import { marking } from './marking';
import { hoverCard } from './hover-card';
import { notThisPerson } from './not-this-person';
import { showNext } from './show-next';
import { siteSwitch } from './site-switch';
import { pageStatus } from './page-status';
import { pagePassages } from './page-passages';
import { nextMention } from './next-mention';

export const FEATURES: readonly Feature[] = [marking, hoverCard, notThisPerson, showNext, siteSwitch, pageStatus, pagePassages, nextMention];
