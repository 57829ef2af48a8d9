/** Reads the `yealinkCfg` settings the client sends, tolerating missing or malformed values. */
import type { ServiceSettings, Severity } from '../../engine/src/document';

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function toServiceSettings(raw: unknown): ServiceSettings {
  const value = (raw ?? {}) as Record<string, unknown>;
  const severity: Record<string, Severity | 'off'> = {};
  if (value.severity && typeof value.severity === 'object') {
    for (const [code, level] of Object.entries(value.severity as Record<string, unknown>)) {
      if (typeof level === 'string' && SEVERITIES.has(level)) severity[code.toUpperCase()] = level as Severity | 'off';
    }
  }
  return {
    model: typeof value.model === 'string' && value.model.trim() !== '' ? value.model.trim() : undefined,
    severity,
    extraParameters: Array.isArray(value.extraParameters) ? value.extraParameters.filter((p): p is string => typeof p === 'string') : [],
  };
}
