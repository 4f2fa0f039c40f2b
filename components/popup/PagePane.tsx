import type { Person, PersonId } from '@/utils/dataset/types';
import type { PageStatus, UnavailableReason } from '@/utils/page-status';
import { countNoun } from '@/components/shared/format';
import type { TopicId } from '@/utils/topics';
import { PageRumors, type PageRumorItem } from './PageRumors';

interface PagePaneProps {
  /** Null while the popup is still asking the tab. */
  status: PageStatus | null;
  people: Person[];
  /** People the reader chose not to mark (global setting). */
  unmarked: ReadonlySet<PersonId>;
  /** The claims the page repeats (null while they are being matched). */
  rumors: PageRumorItem[] | null;
  /** Topics the reader hid: left out of the page's rumors too. */
  hiddenTopics: readonly TopicId[];
  onJumpToMention(person: PersonId): void;
  /** "Show": the first passage that repeats this claim. */
  onShowRumor(claimId: string): void;
  onTurnOnSite(): void;
  onReloadTab(): void;
}

/** Why the extension is not at work here, in plain words for the reader. */
export const UNAVAILABLE_TEXT: Record<UnavailableReason, { title: string; detail: string }> = {
  'browser-page': {
    title: 'This is a browser page',
    detail: 'Browsers do not let extensions read their own pages, such as settings, the new tab page or other extensions.',
  },
  'store-page': {
    title: 'This is an extension store page',
    detail: 'Extension stores do not allow extensions to run on their pages.',
  },
  'site-off': { title: 'Turned off for this site', detail: 'You turned Rumor Context off here, so names are not marked.' },
  'not-loaded': {
    title: 'Not loaded in this tab yet',
    detail: 'The tab was open before Rumor Context was installed or updated. Reload it to look for names.',
  },
  'unsupported-page': {
    title: 'Not a page Rumor Context can read',
    detail: 'It only reads web pages; PDF viewers and local files are not supported.',
  },
};

/** "On this page": who was found and how often, each a button to jump to the next mention; or why nothing runs. */
export function PagePane({ status, people, unmarked, rumors, hiddenTopics, onJumpToMention, onShowRumor, onTurnOnSite, onReloadTab }: PagePaneProps) {
  if (!status) return <p class="rc-note">Checking this tab…</p>;
  if (status.kind === 'unavailable') {
    const text = UNAVAILABLE_TEXT[status.reason];
    return (
      <div class="rc-unavailable">
        <h2>{text.title}</h2>
        <p>{text.detail}</p>
        {status.reason === 'site-off' && (
          <button type="button" class="rc-primary" onClick={onTurnOnSite}>
            Turn on for this site
          </button>
        )}
        {status.reason === 'not-loaded' && (
          <button type="button" class="rc-primary" onClick={onReloadTab}>
            Reload tab
          </button>
        )}
      </div>
    );
  }
  const lookedFor = people.filter((person) => !unmarked.has(person.id));
  const found = lookedFor.filter((person) => (status.mentionCounts[person.id] ?? 0) > 0);
  const notFound = lookedFor.filter((person) => !found.includes(person));
  return (
    <div class="rc-page">
      {found.length === 0 ? (
        lookedFor.length > 0 && <p class="rc-note">No mention of {names(lookedFor, ' or ')} on this page.</p>
      ) : (
        <ul class="rc-mentions">
          {found.map((person) => (
            <li key={person.id}>
              <button type="button" class="rc-mention" onClick={() => onJumpToMention(person.id)}>
                <span class="rc-mention-name">{person.name}</span>
                <span class="rc-mention-count">{countNoun(status.mentionCounts[person.id] ?? 0, 'mention')}</span>
                <span class="rc-mention-hint">Show next</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {found.length > 0 && notFound.length > 0 && (
        <p class="rc-note">Not found here: {names(notFound, ', ')}.</p>
      )}
      {found.length > 0 && rumors && (
        <PageRumors rumors={rumors} namedPeople={found.map((person) => person.name)} onShow={onShowRumor} hiddenTopics={hiddenTopics} />
      )}
      {unmarked.size > 0 && (
        <p class="rc-note">
          Not looked for (turned off in Settings): {names(people.filter((p) => unmarked.has(p.id)), ', ')}.
        </p>
      )}
    </div>
  );
}

function names(people: Person[], separator: string): string {
  return people.map((person) => person.name).join(separator);
}
