/**
 * The parts of package.json's settings that come from engine tables: `yealinkCfg.model` as an enum of the
 * models table (each with what the editor knows of it) and `yealinkCfg.severity` with one enum property per
 * rule code. scripts/manifest-settings.test.ts keeps them in step; `npm run manifest:settings` rewrites them
 * after the models table or the rules change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS, type ModelInfo } from '../engine/src/catalog/models';
import { SEVERITY_LEVELS } from '../engine/src/protocol';
import { RULES } from '../engine/src/rules';

/** Series and Common file only: counts change as guides are read, and the manifest should not churn with them. */
function describeModel(model: ModelInfo): string {
  const common = model.commonCfg ? `Common file y${model.commonCfg.padStart(12, '0')}.cfg` : 'Common file number not known';
  return `${model.series} series; ${common}.`;
}

export interface ModelSettingSchema {
  readonly enum: string[];
  readonly enumDescriptions: string[];
}

export function modelSettingSchema(): ModelSettingSchema {
  return {
    enum: ['', ...MODELS.map((model) => model.name)],
    enumDescriptions: ['No model: only the checks that hold for every model.', ...MODELS.map(describeModel)],
  };
}

export type SeverityProperties = Record<string, { type: 'string'; enum: string[]; markdownDescription: string }>;

export function severityProperties(): SeverityProperties {
  const properties: SeverityProperties = {};
  for (const rule of RULES) {
    properties[rule.code] = {
      type: 'string',
      enum: [...SEVERITY_LEVELS],
      markdownDescription: `${rule.title} (default: ${rule.defaultSeverity}).`,
    };
  }
  return properties;
}

interface SettingsManifest {
  contributes: { configuration: { properties: Record<string, Record<string, unknown>> } };
}

/** The manifest with both settings brought in step with the tables; other fields untouched. */
export function syncManifestSettings<T extends SettingsManifest>(manifest: T): T {
  const copy = JSON.parse(JSON.stringify(manifest)) as T;
  const properties = copy.contributes.configuration.properties;
  const model = properties['yealinkCfg.model'];
  const severity = properties['yealinkCfg.severity'];
  if (!model || !severity) throw new Error('package.json lacks yealinkCfg.model or yealinkCfg.severity');
  Object.assign(model, modelSettingSchema());
  severity.properties = severityProperties();
  severity.additionalProperties = false;
  return copy;
}

if (require.main === module) {
  const path = join(__dirname, '../../package.json');
  const before = readFileSync(path, 'utf8');
  const after = `${JSON.stringify(syncManifestSettings(JSON.parse(before) as SettingsManifest), null, 2)}\n`;
  if (after === before) {
    console.log('package.json settings already match the models table and the rules');
  } else {
    writeFileSync(path, after);
    console.log('package.json: yealinkCfg.model and yealinkCfg.severity rewritten from the models table and the rules');
  }
}
