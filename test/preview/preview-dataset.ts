/** Preview-only: the hand-made sample, or with ?data=real the dataset the extension ships. */
import type { Dataset, Source } from '../../utils/dataset/types';
import { dataset as realDataset } from '../../utils/dataset/bundled';
import { sampleDataset } from './sample-dataset';

export const previewDataset: Dataset =
  new URLSearchParams(location.search).get('data') === 'real' ? realDataset : sampleDataset;

export const previewSourcesById: Record<string, Source> = Object.fromEntries(previewDataset.sources.map((s) => [s.id, s]));
