/** The merge preview's planning request, answered by the server (off the extension host). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanMergeRequest, type MergePlan, type PlanMergeParams } from '../../engine/src/protocol';
import { LspClient } from './lspClient';

test('the server plans the merge around a MAC file, with a boot file open in the editor counting as its unsaved text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yl-plan-'));
  const client = new LspClient();
  try {
    await client.initialize();
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const common = file('y000000000066.cfg', '#!version:1.0.0.1\naccount.1.enable = 1\n');
    const mac = file('001565abcdef.cfg', '#!version:1.0.0.1\naccount.1.label = Desk\n');
    const site = file('site.cfg', '#!version:1.0.0.1\nlocal_time.time_zone = +1\n');
    const boot = file('001565abcdef.boot', '#!version:1.0.0.1\ninclude:config "y000000000066.cfg"\ninclude:config "001565abcdef.cfg"\n');
    const listing = [common, mac, site, boot];
    const plan = (params: PlanMergeParams) => client.request<MergePlan>(PlanMergeRequest.method, params);

    assert.deepEqual((await plan({ anchor: mac, listing })).order.map((p) => basename(p)), ['001565abcdef.boot', 'y000000000066.cfg', '001565abcdef.cfg']);

    client.notify('textDocument/didOpen', {
      textDocument: { uri: pathToFileURL(boot).toString(), languageId: 'yealink-cfg', version: 1, text: '#!version:1.0.0.1\ninclude:config "site.cfg"\ninclude:config "001565abcdef.cfg"\n' },
    });
    assert.deepEqual((await plan({ anchor: mac, listing })).order.map((p) => basename(p)), ['001565abcdef.boot', 'site.cfg', '001565abcdef.cfg']);
    await client.shutdown();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
