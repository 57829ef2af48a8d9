import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { bootIncludes, PathIndex, planMerge } from './partners';

const d = (...parts: string[]) => join('/prov', ...parts);
const H = '#!version:1.0.0.1\n';

test('MAC file: Common in the same folder, then the MAC file, then MAC-local', () => {
  const listing = [d('y000000000066.cfg'), d('001565aabbcc.cfg'), d('001565aabbcc-local.cfg'), d('001565ffffff.cfg'), d('other', 'y000000000028.cfg')];
  const plan = planMerge(d('001565aabbcc.cfg'), listing);
  assert.deepEqual(plan.order, [d('y000000000066.cfg'), d('001565aabbcc.cfg'), d('001565aabbcc-local.cfg')]);
  assert.deepEqual(plan.ambiguities, []);
});

test('several Common files in the folder: ambiguous, model narrows it, a choice settles it', () => {
  const listing = [d('y000000000066.cfg'), d('y000000000028.cfg'), d('001565aabbcc.cfg')];
  const plan = planMerge(d('001565aabbcc.cfg'), listing);
  assert.equal(plan.ambiguities.length, 1);
  assert.equal(plan.ambiguities[0].slot, 'common');
  assert.deepEqual(plan.ambiguities[0].options, [d('y000000000028.cfg'), d('y000000000066.cfg')]);
  const byModel = planMerge(d('001565aabbcc.cfg'), listing, { model: 'T46S' });
  assert.deepEqual(byModel.ambiguities, []);
  assert.equal(byModel.common, d('y000000000066.cfg'));
  const chosen = planMerge(d('001565aabbcc.cfg'), listing, { choices: { common: d('y000000000066.cfg') } });
  assert.deepEqual(chosen.order, [d('y000000000066.cfg'), d('001565aabbcc.cfg')]);
  assert.deepEqual(planMerge(d('001565aabbcc.cfg'), listing, { choices: { common: '' } }).order, [d('001565aabbcc.cfg')]);
});

test('same folder wins over the rest of the workspace', () => {
  const listing = [d('a', 'y000000000066.cfg'), d('b', 'y000000000066.cfg'), d('b', '001565aabbcc.cfg')];
  const plan = planMerge(d('b', '001565aabbcc.cfg'), listing);
  assert.equal(plan.common, d('b', 'y000000000066.cfg'));
  assert.deepEqual(plan.ambiguities, []);
});

test('Common file: asks which MAC file when there are several', () => {
  const listing = [d('y000000000066.cfg'), d('001565aabbcc.cfg'), d('001565000001.cfg'), d('001565000001-local.cfg')];
  const plan = planMerge(d('y000000000066.cfg'), listing);
  assert.equal(plan.ambiguities[0].slot, 'mac');
  const chosen = planMerge(d('y000000000066.cfg'), listing, { choices: { mac: d('001565000001.cfg') } });
  assert.deepEqual(chosen.order, [d('y000000000066.cfg'), d('001565000001.cfg'), d('001565000001-local.cfg')]);
  assert.deepEqual(planMerge(d('y000000000066.cfg'), [d('y000000000066.cfg')]).order, [d('y000000000066.cfg')]);
});

test('MAC-local file finds its MAC file and Common file', () => {
  const listing = [d('y000000000066.cfg'), d('001565aabbcc.cfg'), d('001565aabbcc-local.cfg')];
  assert.deepEqual(planMerge(d('001565aabbcc-local.cfg'), listing).order, listing);
});

test('a boot file takes over: its includes in order, model lines, missing files noted, MAC-local last', () => {
  const texts: Record<string, string> = {
    [d('001565aabbcc.boot')]: `${H}include:config "y000000000066.cfg"\n[T48S]include:config "t48.cfg"\ninclude:config sub/acct.cfg\ninclude:config "missing.cfg"\ninclude:config "https://x/y.cfg"\noverwrite_mode = 1\n`,
  };
  const listing = [d('001565aabbcc.boot'), d('y000000000000.boot'), d('y000000000066.cfg'), d('t48.cfg'), d('sub', 'acct.cfg'), d('001565aabbcc.cfg'), d('001565aabbcc-local.cfg')];
  const readText = (p: string) => texts[p] ?? (listing.includes(p) ? H : undefined);
  const plan = planMerge(d('001565aabbcc.cfg'), listing, { readText, model: 'T46S' });
  assert.equal(plan.boot, d('001565aabbcc.boot'));
  assert.deepEqual(plan.order, [d('001565aabbcc.boot'), d('y000000000066.cfg'), d('sub', 'acct.cfg'), d('001565aabbcc-local.cfg')]);
  assert.ok(plan.notes.some((n) => /t48\.cfg is for T48S only: not applied/.test(n)));
  assert.ok(plan.notes.some((n) => /missing\.cfg was not found/.test(n)));
  assert.ok(plan.notes.some((n) => /does not include 001565aabbcc\.cfg/.test(n)));
  const noBoot = planMerge(d('001565aabbcc.cfg'), listing, { readText, choices: { boot: '' } });
  assert.deepEqual(noBoot.order, [d('y000000000066.cfg'), d('001565aabbcc.cfg'), d('001565aabbcc-local.cfg')]);
  const fromBoot = planMerge(d('001565aabbcc.boot'), listing, { readText });
  assert.deepEqual(fromBoot.order.slice(0, 3), [d('001565aabbcc.boot'), d('y000000000066.cfg'), d('t48.cfg')]);
});

test('the common boot file applies when there is no MAC boot; a custom CFG finds the boot that includes it', () => {
  const texts: Record<string, string> = { [d('y000000000000.boot')]: `${H}include:config "y000000000066.cfg"\ninclude:config "sip.cfg"\n` };
  const listing = [d('y000000000000.boot'), d('y000000000066.cfg'), d('sip.cfg'), d('001565aabbcc.cfg')];
  const readText = (p: string) => texts[p] ?? H;
  assert.deepEqual(planMerge(d('001565aabbcc.cfg'), listing, { readText }).order, [d('y000000000000.boot'), d('y000000000066.cfg'), d('sip.cfg')]);
  assert.deepEqual(planMerge(d('sip.cfg'), listing, { readText }).order, [d('y000000000000.boot'), d('y000000000066.cfg'), d('sip.cfg')]);
  assert.deepEqual(planMerge(d('alone.cfg'), [d('alone.cfg')]).order, [d('alone.cfg')]);
});

test('bootIncludes resolves names without .cfg and keeps URLs unresolved', () => {
  const includes = bootIncludes(d('y000000000000.boot'), {
    readText: () => `${H}include:config "y000000000175"\ninclude:config http://srv/a.cfg\n`,
    index: new PathIndex([d('y000000000175.cfg')]),
  });
  assert.equal(includes[0].resolved, d('y000000000175.cfg'));
  assert.equal(includes[1].resolved, undefined);
});

test('includes that leave the boot file\'s folder tree are marked outside and never resolved', () => {
  const listing = [d('fleet', 'y000000000000.boot'), d('fleet', 'a.cfg'), d('secret.cfg'), d('fleet', 'sub', 'b.cfg')];
  const includes = bootIncludes(d('fleet', 'y000000000000.boot'), {
    readText: () => `${H}include:config "../secret.cfg"\ninclude:config "${d('secret.cfg')}"\ninclude:config "sub/../a.cfg"\ninclude:config "sub/b.cfg"\n`,
    index: new PathIndex(listing),
  });
  assert.deepEqual(includes.map((i) => [i.resolved, i.outside ?? false]), [
    [undefined, true],
    [undefined, true],
    [d('fleet', 'a.cfg'), false],
    [d('fleet', 'sub', 'b.cfg'), false],
  ]);
  const plan = planMerge(d('fleet', 'a.cfg'), listing, { readText: (p) => (p.endsWith('.boot') ? `${H}include:config "../secret.cfg"\ninclude:config "a.cfg"\n` : H) });
  assert.ok(!plan.order.includes(d('secret.cfg')));
  assert.ok(plan.notes.some((n) => /outside the boot file's folder/.test(n)), plan.notes.join('\n'));
});

test('include names with #, ? and % are file names, not URL parts', () => {
  const listing = [d('y000000000000.boot'), d('a#1.cfg'), d('b?.cfg'), d('c%41.cfg')];
  const includes = bootIncludes(d('y000000000000.boot'), {
    readText: () => `${H}include:config "a#1.cfg"\ninclude:config "b?.cfg"\ninclude:config "c%41.cfg"\n`,
    index: new PathIndex(listing),
  });
  assert.deepEqual(includes.map((i) => i.resolved), [d('a#1.cfg'), d('b?.cfg'), d('c%41.cfg')]);
});
