/**
 * Block snippets: the few settings that go together for one job (a SIP account, a BLF or speed-dial line
 * key, VLAN with QoS, NTP with the time zone, a provisioning schedule), offered by completion so every LSP
 * client gets them. Each block is generated from catalog entries: a key that is not in the catalog makes
 * the block fail to build (a test builds every block), values come from the catalog (its defaults, its
 * enumerated values, the code of a labelled value), and each index is one tab stop shared by all lines.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { isPlaceholder, type Catalog } from '../catalog/catalog';
import type { ParameterSpec } from '../catalog/types';
import { checkValue } from '../values';

/** Where a line's value comes from. */
type BlockValue =
  /** The catalog's default, as a placeholder to keep or overwrite. */
  | { readonly from: 'default' }
  /** Every enumerated (or 0/1) value as a choice, the default first. */
  | { readonly from: 'choice' }
  /** The code of the enumerated value with this label, as fixed text (`BLF` -> `16`). */
  | { readonly from: 'label'; readonly label: string }
  /** A value the catalog accepts, as a placeholder (checked when the block is built). */
  | { readonly from: 'value'; readonly value: string }
  /** Site-specific text (a server address, a password): an empty tab stop. */
  | { readonly from: 'input' };

interface BlockLine {
  /** A catalog pattern; its placeholders become the block's shared index tab stops, unless `fixed` says. */
  readonly pattern: string;
  readonly value: BlockValue;
}

export interface BlockDefinition {
  readonly name: string;
  /** What the completion list filters on, besides the name: the keys' common start. */
  readonly prefix: string;
  readonly description: string;
  /** Indexes written as a number rather than a tab stop (`sip_server.Y` -> 1). */
  readonly fixed?: Readonly<Record<string, number>>;
  readonly lines: readonly BlockLine[];
}

const DEFAULT = { from: 'default' } as const;
const CHOICE = { from: 'choice' } as const;
const INPUT = { from: 'input' } as const;
const value = (text: string): BlockValue => ({ from: 'value', value: text });

export const BLOCKS: readonly BlockDefinition[] = [
  {
    name: 'SIP account',
    prefix: 'account',
    description: 'Registers one account: credentials, its SIP server, port and transport.',
    fixed: { Y: 1 },
    lines: [
      { pattern: 'account.X.enable', value: value('1') },
      { pattern: 'account.X.label', value: INPUT },
      { pattern: 'account.X.display_name', value: INPUT },
      { pattern: 'account.X.auth_name', value: INPUT },
      { pattern: 'account.X.user_name', value: INPUT },
      { pattern: 'account.X.password', value: INPUT },
      { pattern: 'account.X.sip_server.Y.address', value: INPUT },
      { pattern: 'account.X.sip_server.Y.port', value: value('5060') },
      { pattern: 'account.X.sip_server.Y.transport_type', value: CHOICE },
    ],
  },
  {
    name: 'BLF line key',
    prefix: 'linekey',
    description: 'A line key that shows whether another extension is busy, and calls or picks it up.',
    lines: [
      { pattern: 'linekey.X.type', value: { from: 'label', label: 'BLF' } },
      { pattern: 'linekey.X.line', value: value('1') },
      { pattern: 'linekey.X.value', value: INPUT },
      { pattern: 'linekey.X.label', value: INPUT },
    ],
  },
  {
    name: 'Speed-dial line key',
    prefix: 'linekey',
    description: 'A line key that dials one number.',
    lines: [
      { pattern: 'linekey.X.type', value: { from: 'label', label: 'Speed Dial' } },
      { pattern: 'linekey.X.line', value: value('1') },
      { pattern: 'linekey.X.value', value: INPUT },
      { pattern: 'linekey.X.label', value: INPUT },
    ],
  },
  {
    name: 'VLAN with QoS',
    prefix: 'static.network',
    description: 'Tags the phone port with a voice VLAN and marks voice and signalling packets (DSCP). Reboots the phone.',
    lines: [
      { pattern: 'static.network.vlan.internet_port_enable', value: value('1') },
      { pattern: 'static.network.vlan.internet_port_vid', value: DEFAULT },
      { pattern: 'static.network.vlan.internet_port_priority', value: INPUT },
      { pattern: 'static.network.qos.rtptos', value: DEFAULT },
      { pattern: 'static.network.qos.signaltos', value: DEFAULT },
    ],
  },
  {
    name: 'NTP with time zone',
    prefix: 'local_time',
    description: 'Where the phone gets its time, how often, its time zone and daylight saving.',
    lines: [
      { pattern: 'local_time.ntp_server1', value: DEFAULT },
      { pattern: 'local_time.ntp_server2', value: INPUT },
      { pattern: 'local_time.interval', value: DEFAULT },
      { pattern: 'local_time.time_zone', value: DEFAULT },
      { pattern: 'local_time.time_zone_name', value: INPUT },
      { pattern: 'local_time.summer_time', value: CHOICE },
    ],
  },
  {
    name: 'Provisioning schedule',
    prefix: 'static.auto_provision',
    description: 'The provisioning server, a check every N minutes, and a weekly window.',
    lines: [
      { pattern: 'static.auto_provision.server.url', value: INPUT },
      { pattern: 'static.auto_provision.repeat.enable', value: value('1') },
      { pattern: 'static.auto_provision.repeat.minutes', value: DEFAULT },
      { pattern: 'static.auto_provision.weekly.enable', value: CHOICE },
      { pattern: 'static.auto_provision.weekly.dayofweek', value: DEFAULT },
      { pattern: 'static.auto_provision.weekly.begin_time', value: DEFAULT },
      { pattern: 'static.auto_provision.weekly.end_time', value: DEFAULT },
    ],
  },
];

/** A built block: the snippet text and the concrete keys it writes (placeholders as in the catalog). */
export interface BlockSnippet {
  readonly definition: BlockDefinition;
  readonly snippet: string;
  readonly patterns: readonly string[];
}

/** Text inside a snippet placeholder: `$`, `}` and `\` are syntax there; in a choice also `,` and `|`. */
function escape(text: string, inChoice = false): string {
  return text.replace(inChoice ? /[$}\\,|]/g : /[$}\\]/g, (ch) => `\\${ch}`);
}

function choicesOf(spec: ParameterSpec): string[] {
  const kind = spec.value;
  const values = kind.kind === 'bool' ? ['0', '1'] : kind.kind === 'enum' ? kind.values.map((v) => v.value) : [];
  if (values.length === 0) throw new Error(`${spec.pattern}: a choice needs enumerated values`);
  return spec.default !== undefined && values.includes(spec.default) ? [spec.default, ...values.filter((v) => v !== spec.default)] : values;
}

/** Builds one block against the catalog; throws, naming the key, when the catalog does not back it. */
export function buildBlock(definition: BlockDefinition, catalog: Catalog): BlockSnippet {
  let nextStop = 1;
  const indexStops = new Map<string, number>();
  const lines = definition.lines.map(({ pattern, value: source }) => {
    const entry = catalog.byPatternName(pattern);
    if (!entry) throw new Error(`block "${definition.name}": ${pattern} is not in the catalog`);
    const { spec } = entry;
    const key = pattern
      .split('.')
      .map((segment) => {
        if (!isPlaceholder(segment)) return segment;
        const fixed = definition.fixed?.[segment];
        if (fixed !== undefined) return String(fixed);
        const stop = indexStops.get(segment);
        if (stop !== undefined) return `$${stop}`;
        indexStops.set(segment, nextStop);
        return `\${${nextStop++}:${spec.indexes?.[segment]?.min ?? 1}}`;
      })
      .join('.');
    let text: string;
    switch (source.from) {
      case 'default':
        if (spec.default === undefined || spec.default === '') throw new Error(`block "${definition.name}": ${pattern} has no default in the catalog`);
        text = `\${${nextStop++}:${escape(spec.default)}}`;
        break;
      case 'choice':
        text = `\${${nextStop++}|${choicesOf(spec).map((v) => escape(v, true)).join(',')}|}`;
        break;
      case 'label': {
        const code = spec.value.kind === 'enum' ? spec.value.values.find((v) => v.label === source.label)?.value : undefined;
        if (code === undefined) throw new Error(`block "${definition.name}": ${pattern} has no value labelled "${source.label}"`);
        text = escape(code);
        break;
      }
      case 'value': {
        const problem = checkValue(spec.value, source.value);
        if (problem) throw new Error(`block "${definition.name}": ${pattern} does not accept ${source.value} (${problem.problem})`);
        text = `\${${nextStop++}:${escape(source.value)}}`;
        break;
      }
      case 'input':
        text = `$${nextStop++}`;
        break;
    }
    return `${key} = ${text}`;
  });
  return { definition, snippet: `${lines.join('\n')}\n$0`, patterns: definition.lines.map((line) => line.pattern) };
}

const built = new WeakMap<Catalog, BlockSnippet[]>();

/** Every block, built once per catalog. */
export function blockSnippets(catalog: Catalog): readonly BlockSnippet[] {
  let blocks = built.get(catalog);
  if (!blocks) {
    // A user catalog (extra parameters) still has every shipped entry; a test catalog may lack some: skip those.
    blocks = BLOCKS.flatMap((definition) => {
      try {
        return [buildBlock(definition, catalog)];
      } catch {
        return [];
      }
    });
    built.set(catalog, blocks);
  }
  return blocks;
}

/** Completion items for the blocks, replacing `range` (what is typed of the first key so far). */
export function blockCompletions(catalog: Catalog, range: Range): CompletionItem[] {
  return blockSnippets(catalog).map(({ definition, snippet, patterns }) => ({
    label: definition.name,
    labelDetails: { description: `${patterns.length} settings` },
    kind: CompletionItemKind.Snippet,
    detail: definition.description,
    documentation: { kind: 'markdown', value: `${definition.description}\n\n\`\`\`\n${patterns.join('\n')}\n\`\`\`` },
    filterText: `${definition.prefix} ${definition.name}`,
    sortText: `${definition.prefix} ${definition.name}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: snippet },
  }));
}
