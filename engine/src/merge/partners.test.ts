import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { bootIncludes, includeLineFor, inOutputFolder, PathIndex, planMerge } from './partners';

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
  assert.deepEqual(fromBoot.order.slice(0, 3), [d('001565aabbcc.boot'), d('y000000000066.cfg'), d('sub', 'acct.cfg')], 'no model known: model lines left out');
  assert.deepEqual(fromBoot.ambiguities.map((a) => [a.slot, a.options]), [['model', ['T48S']]]);
  const chosenModel = planMerge(d('001565aabbcc.boot'), listing, { readText, choices: { model: 'T48S' } });
  assert.deepEqual(chosenModel.order.slice(0, 3), [d('001565aabbcc.boot'), d('y000000000066.cfg'), d('t48.cfg')]);
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

/** A T46U fleet folder with a common boot file naming one Common file per model, as Yealink's templates do. */
const FLEET_BOOT = `${H}[T42G]include:config "y000000000029.cfg"\n[T46S]include:config "y000000000066.cfg"\n[T46G]include:config "y000000000028.cfg"\n[T46U]include:config "y000000000108.cfg"\n[T48G]include:config "y000000000035.cfg"\ninclude:config "site.cfg"\n`;
const FLEET = ['y000000000000.boot', 'y000000000029.cfg', 'y000000000066.cfg', 'y000000000028.cfg', 'y000000000108.cfg', 'y000000000035.cfg', 'site.cfg', '001565aabbcc.cfg'].map((n) => d(n));

function fleetReader(extra: Record<string, string> = {}): (path: string) => string | undefined {
  const texts: Record<string, string> = { [d('y000000000000.boot')]: FLEET_BOOT, ...extra };
  return (p) => texts[p] ?? (FLEET.includes(p) ? H : undefined);
}

test('boot file, no model known: no model line applies and the plan asks once which model the phone is', () => {
  const plan = planMerge(d('001565aabbcc.cfg'), FLEET, { readText: fleetReader() });
  assert.deepEqual(plan.order, [d('y000000000000.boot'), d('site.cfg')]);
  assert.equal(plan.model, undefined);
  assert.deepEqual(plan.ambiguities.map((a) => [a.slot, a.options]), [['model', ['T42G', 'T46S', 'T46G', 'T46U', 'T48G']]]);
  const answered = planMerge(d('001565aabbcc.cfg'), FLEET, { readText: fleetReader(), choices: { model: 'T46U' } });
  assert.deepEqual(answered.order, [d('y000000000000.boot'), d('y000000000108.cfg'), d('site.cfg')]);
  assert.deepEqual(answered.ambiguities, []);
  assert.equal(answered.notes[0], 'model T46U, as chosen');
});

test('boot file: the model comes from a "# yealink: model=" comment, then the setting; only its includes apply', () => {
  const pinned = fleetReader({ [d('001565aabbcc.cfg')]: `${H}# yealink: model=t46u\naccount.1.label = Desk\n` });
  const plan = planMerge(d('001565aabbcc.cfg'), FLEET, { readText: pinned, model: 'T48G' });
  assert.deepEqual(plan.model, { names: ['T46U'], source: 'comment', file: d('001565aabbcc.cfg') });
  assert.deepEqual(plan.order, [d('y000000000000.boot'), d('y000000000108.cfg'), d('site.cfg')]);
  assert.ok(plan.notes.some((n) => n === 'include y000000000066.cfg is for T46S only: not applied for T46U'));
  const bySetting = planMerge(d('001565aabbcc.cfg'), FLEET, { readText: fleetReader(), model: 'T48G' });
  assert.deepEqual(bySetting.model, { names: ['T48G'], source: 'setting' });
  assert.deepEqual(bySetting.order, [d('y000000000000.boot'), d('y000000000035.cfg'), d('site.cfg')]);
});

test('boot file that does not include the previewed MAC file: said plainly; including it keeps it in the result', () => {
  const plan = planMerge(d('001565aabbcc.cfg'), FLEET, { readText: fleetReader(), choices: { model: 'T46U' } });
  assert.equal(plan.anchorNotIncluded, true);
  assert.ok(plan.notes.some((n) => /y000000000000\.boot does not include 001565aabbcc\.cfg: the phone never downloads it, so its settings are NOT in this result/.test(n)));
  const withMac = fleetReader({ [d('y000000000000.boot')]: `${FLEET_BOOT}include:config "001565aabbcc.cfg"\n` });
  const included = planMerge(d('001565aabbcc.cfg'), FLEET, { readText: withMac, choices: { model: 'T46U' } });
  assert.equal(included.anchorNotIncluded, false);
  assert.deepEqual(included.order, [d('y000000000000.boot'), d('y000000000108.cfg'), d('site.cfg'), d('001565aabbcc.cfg')]);
});

test('previewing a Common file takes the model from its number', () => {
  const plan = planMerge(d('y000000000108.cfg'), FLEET, { readText: fleetReader(), choices: { mac: '' } });
  assert.deepEqual(plan.model, { names: ['T46U'], source: 'common file', file: d('y000000000108.cfg') });
  assert.deepEqual(plan.order, [d('y000000000000.boot'), d('y000000000108.cfg'), d('site.cfg')]);
});

test('a Common number shared by several models asks which one only when the boot file tells them apart', () => {
  const listing = [d('y000000000000.boot'), d('y000000000044.cfg'), d('t23g.cfg')];
  const split = (p: string) => (p === d('y000000000000.boot') ? `${H}include:config "y000000000044.cfg"\n[T23G]include:config "t23g.cfg"\n` : H);
  const plan = planMerge(d('y000000000044.cfg'), listing, { readText: split });
  assert.deepEqual(plan.ambiguities.map((a) => [a.slot, a.options]), [['model', ['T23P', 'T23G']]]);
  assert.deepEqual(planMerge(d('y000000000044.cfg'), listing, { readText: split, choices: { model: 'T23G' } }).order, [d('y000000000000.boot'), d('y000000000044.cfg'), d('t23g.cfg')]);
  const generic = (p: string) => (p === d('y000000000000.boot') ? `${H}include:config "y000000000044.cfg"\n` : H);
  assert.deepEqual(planMerge(d('y000000000044.cfg'), listing, { readText: generic }).ambiguities, []);
});

test('the boot file beside the previewed file wins; one only in another folder is offered, not assumed', () => {
  const listing = [d('a', 'y000000000000.boot'), d('b', '001565aabbcc.boot'), d('b', '001565aabbcc.cfg'), d('c', 'y000000000000.boot'), d('c', '001565aabbcc.cfg')];
  const readText = (p: string) => (p.endsWith('.boot') ? `${H}include:config "001565aabbcc.cfg"\n` : H);
  assert.equal(planMerge(d('b', '001565aabbcc.cfg'), listing, { readText }).boot, d('b', '001565aabbcc.boot'));
  assert.equal(planMerge(d('c', '001565aabbcc.cfg'), listing, { readText }).boot, d('c', 'y000000000000.boot'), 'the common boot beside beats a MAC boot elsewhere');
  const lonely = planMerge(d('001565aabbcc.cfg'), [...listing, d('001565aabbcc.cfg')], { readText });
  assert.equal(lonely.boot, undefined);
  assert.equal(lonely.ambiguities[0].slot, 'boot');
  assert.equal(planMerge(d('001565aabbcc.cfg'), listing, { readText, choices: { boot: d('a', 'y000000000000.boot') } }).boot, d('a', 'y000000000000.boot'));
});

test('the Common-file question shows each file\'s model and leaves out the encrypted output folder', () => {
  const listing = [d('y000000000108.cfg'), d('y000000000109.cfg'), d('encrypted', 'y000000000108.cfg'), d('001565aabbcc.cfg')];
  const plan = planMerge(d('001565aabbcc.cfg'), listing, { outputFolder: 'encrypted' });
  assert.deepEqual(plan.ambiguities.map((a) => [a.slot, a.options, a.details]), [['common', [d('y000000000108.cfg'), d('y000000000109.cfg')], ['T46U', 'T48U']]]);
  const withoutEncrypted = planMerge(d('001565aabbcc.cfg'), [d('encrypted', 'y000000000108.cfg'), d('001565aabbcc.cfg')], { outputFolder: 'encrypted' });
  assert.deepEqual(withoutEncrypted.order, [d('001565aabbcc.cfg')]);
  assert.ok(inOutputFolder(d('site', 'out', 'enc', 'y000000000108.cfg'), './out/enc/'));
  assert.ok(!inOutputFolder(d('encrypted-not', 'y000000000108.cfg'), 'encrypted'));
});

test('the include line that adds a file to a boot file, relative to its folder', () => {
  assert.equal(includeLineFor(d('y000000000000.boot'), d('001565aabbcc.cfg')), 'include:config "001565aabbcc.cfg"');
  assert.equal(includeLineFor(d('y000000000000.boot'), d('phones', '001565aabbcc.cfg')), 'include:config "phones/001565aabbcc.cfg"');
  const withLine = `${FLEET_BOOT}${includeLineFor(d('y000000000000.boot'), d('001565aabbcc.cfg'))}\n`;
  const plan = planMerge(d('001565aabbcc.cfg'), FLEET, { readText: fleetReader({ [d('y000000000000.boot')]: withLine }), choices: { model: 'T46U' } });
  assert.equal(plan.anchorNotIncluded, false);
});
