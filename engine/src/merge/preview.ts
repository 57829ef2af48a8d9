/**
 * The three texts the VS Code merge commands show, from the planned files' texts: the commented preview,
 * the same without comments (right side of the diff), and the Common file alone in the same normal form
 * (left side of the diff), so the diff shows only what the later files change.
 */
import type { Catalog } from '../catalog/catalog';
import { classifyFile } from '../fileKind';
import { merge, type MergeInput } from './merge';
import { renderMergeCfg } from './render';

export type PreviewView = 'merged' | 'merged-plain' | 'common-plain';

export interface PreviewOptions {
  readonly catalog?: Catalog;
  readonly notes?: readonly string[];
  readonly eol?: string;
}

/** The input that is the Common file, if any (the first one whose name is `y0000000000xx.cfg`). */
export function commonInput(inputs: readonly MergeInput[]): MergeInput | undefined {
  return inputs.find((input) => classifyFile(input.file).kind === 'common');
}

export function renderPreview(inputs: readonly MergeInput[], view: PreviewView, options: PreviewOptions = {}): string {
  if (view === 'common-plain') {
    const common = commonInput(inputs);
    if (!common) return '#!version:1.0.0.1\n## No Common file (y0000000000xx.cfg) among the merged files\n';
    const boots = inputs.filter((i) => /\.boot$/i.test(i.file));
    return renderMergeCfg(merge([...boots, common], options), { comments: false, eol: options.eol });
  }
  const result = merge(inputs, options);
  return renderMergeCfg(result, { comments: view === 'merged', notes: options.notes, eol: options.eol });
}
