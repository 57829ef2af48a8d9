/**
 * CI's cache step: installs (or reuses) code-server in $YEALINK_CFG_CACHE (default ~/.cache/yealink-cfg).
 *   node out/test/host/installCodeServer.js [--force]
 * Exits non-zero, with the failing step's output, when the install cannot be completed.
 */
import { ensureCodeServer } from './codeServer';

try {
  const result = ensureCodeServer(undefined, process.argv.includes('--force'));
  console.log(`code-server ready in ${result.dir} (${result.reused ? 'reused' : 'cold install'}, ${result.seconds.toFixed(1)} s)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
