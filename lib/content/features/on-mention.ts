/**
 * The features only a page with marks needs, in the order they start (after FEATURES in ./index.ts). They are bundled
 * in their own script (entrypoints/mention.content.ts), which the worker injects on the page's first mark.
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import { hoverCard } from './hover-card';
import { notThisPerson } from './not-this-person';
import { siteSwitch } from './site-switch';
import { pagePassages } from './page-passages';
import { nextMention } from './next-mention';

export const MENTION_FEATURES: readonly Feature[] = [hoverCard, notThisPerson, siteSwitch, pagePassages, nextMention];
