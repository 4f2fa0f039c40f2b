/**
 * Claims about self-harm or suicide, behind a short content note the reader opens on purpose (WHO media guidance):
 * a real button, so it is reached and pressed by keyboard too, with a line pointing to help once open.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { HELP_LINE } from '@/utils/care';
import { countNoun } from './format';

interface CareNoteProps {
  count: number;
  /** The claims, rendered only once the reader opened the note. */
  children: ComponentChildren;
}

export function CareNote({ count, children }: CareNoteProps) {
  const [open, setOpen] = useState(false);
  const contentId = useId();
  if (count === 0) return null;
  return (
    <section class="rc-care" aria-label="Content note">
      <p class="rc-care-note">
        <strong>Content note:</strong> {countNoun(count, 'claim')} about self-harm and suicide.
      </p>
      <button type="button" class="rc-care-toggle" aria-expanded={open} aria-controls={contentId} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : count === 1 ? 'Show it' : 'Show them'}
      </button>
      <div id={contentId} hidden={!open}>
        {open && children}
        {open && <p class="rc-help">{HELP_LINE}</p>}
      </div>
    </section>
  );
}
