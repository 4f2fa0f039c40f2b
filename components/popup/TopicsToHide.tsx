/** Settings: the topics a reader hides from cards and the popup, each with how many claims carry it. */
import { TOPIC_IDS, TOPICS, type TopicId } from '@/utils/topics';

interface TopicsToHideProps {
  hidden: readonly TopicId[];
  counts: Record<TopicId, number>;
  onChange(hidden: TopicId[]): void;
}

export function TopicsToHide({ hidden, counts, onChange }: TopicsToHideProps) {
  return (
    <fieldset class="rc-topics">
      <legend>Topics to hide from cards and this popup</legend>
      {TOPIC_IDS.map((topic) => (
        <label key={topic} class="rc-check">
          <input
            type="checkbox"
            checked={hidden.includes(topic)}
            onChange={(e) => onChange(toggled(hidden, topic, (e.currentTarget as HTMLInputElement).checked))}
          />
          <span>
            {TOPICS[topic].label} <span class="rc-topic-count">({counts[topic]})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** `list` with `topic` in it or not, in the vocabulary's order. */
function toggled(list: readonly TopicId[], topic: TopicId, on: boolean): TopicId[] {
  return TOPIC_IDS.filter((id) => (id === topic ? on : list.includes(id)));
}
