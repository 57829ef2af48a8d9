/**
 * `yealink-cfg explain <key>`: the catalog entry that governs a concrete key, as plain data.
 */
import type { Catalog } from '../catalog/catalog';
import type { NameSuggester } from '../catalog/suggest';
import type { ValueKind } from '../catalog/types';

export interface Explanation {
  readonly key: string;
  readonly pattern: string;
  readonly kind: ValueKind['kind'];
  readonly values: readonly { value: string; label: string }[];
  readonly min?: number;
  readonly max?: number;
  readonly default?: string;
  readonly reboot: boolean;
  readonly static: boolean;
  readonly models: readonly string[] | 'all';
  readonly indexes: Readonly<Record<string, { min: number; max: number; perModel?: string; open?: boolean }>>;
  readonly aliasOf?: string;
  readonly description: string;
  readonly source: { guide: string; page?: string };
}

export type ExplainResult = { found: true; explanation: Explanation } | { found: false; suggestions: readonly string[] };

export function explain(key: string, catalog: Catalog, suggester: NameSuggester): ExplainResult {
  const match = catalog.lookup(key);
  if (!match) return { found: false, suggestions: suggester.suggest(key, 5) };
  const { spec } = match;
  const value = spec.value;
  const values =
    value.kind === 'enum'
      ? value.values
      : value.kind === 'bool'
        ? [
            { value: '0', label: value.off ?? 'Disabled' },
            { value: '1', label: value.on ?? 'Enabled' },
          ]
        : [];
  const bounded = value.kind === 'integer' || value.kind === 'float' ? { min: value.min, max: value.max } : {};
  return {
    found: true,
    explanation: {
      key,
      pattern: spec.pattern,
      kind: value.kind,
      values,
      ...bounded,
      default: spec.default,
      reboot: spec.reboot === true,
      static: spec.pattern.startsWith('static.'),
      models: spec.models ?? 'all',
      indexes: spec.indexes ?? {},
      aliasOf: match.alias?.of,
      description: spec.description,
      source: spec.source,
    },
  };
}
