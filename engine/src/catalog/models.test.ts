import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capabilityOf, findModel, missingIndexesOf, modelFactSource, MODELS, modelsForCommonCfg } from './models';
import { SOURCES } from './sources';

test('every model count and Common CFG number names a known source document', () => {
  for (const model of MODELS) {
    for (const [fact, source] of Object.entries(model.sources ?? {})) {
      assert.ok(source && SOURCES[source.guide], `${model.name} ${fact}: unknown source ${source?.guide}`);
      assert.notEqual(model[fact as keyof typeof model], undefined, `${model.name}: source for ${fact}, which has no value`);
    }
  }
});

test('model names are unique', () => {
  const names = MODELS.map((model) => model.name.toUpperCase());
  assert.equal(new Set(names).size, names.length);
});

test('T46U: Common CFG 108, 16 accounts from the V85 MAC template, 27 line keys and 3 x 60 expansion keys', () => {
  const model = findModel('T46U');
  assert.ok(model);
  assert.deepEqual(modelsForCommonCfg('108').map((m) => m.name), ['T46U']);
  assert.equal(capabilityOf(model, 'accounts'), 16);
  assert.equal(modelFactSource(model, 'accounts')?.guide, 'TPL-V85-MAC');
  assert.equal(capabilityOf(model, 'lineKeys'), 27);
  assert.equal(modelFactSource(model, 'lineKeys')?.guide, 'TANCREDI');
  assert.equal(capabilityOf(model, 'expansionModules'), 3);
  assert.equal(capabilityOf(model, 'expansionKeys'), 60);
});

test('the V85 MAC template header sets the account counts of the T2/T4 families', () => {
  const expected: Record<string, number> = { T21P_E2: 2, T23G: 3, T40P: 3, T27G: 6, T41S: 6, T41U: 6, T42S: 12, T43U: 12, T52S: 12, T29G: 16, T48U: 16, T54W: 16 };
  for (const [name, accounts] of Object.entries(expected)) {
    const model = findModel(name);
    assert.equal(model && capabilityOf(model, 'accounts'), accounts, name);
    assert.equal(model && modelFactSource(model, 'accounts')?.guide, 'TPL-V85-MAC', name);
  }
});

test('the V84 Common template sets line keys and programmable key holes', () => {
  const t46g = findModel('T46G');
  assert.ok(t46g);
  assert.equal(capabilityOf(t46g, 'lineKeys'), 27);
  assert.deepEqual(missingIndexesOf(t46g, 'programmableKeys'), [11]);
  const t40p = findModel('T40P');
  assert.ok(t40p);
  assert.equal(capabilityOf(t40p, 'programmableKeys'), 13);
  assert.deepEqual(missingIndexesOf(t40p, 'programmableKeys'), [11, 12]);
  const t27g = findModel('T27G');
  assert.ok(t27g);
  assert.deepEqual(missingIndexesOf(t27g, 'expansionKeys'), [21]);
  assert.equal(modelFactSource(t27g, 'expansionKeys')?.guide, 'TPL-V84-COMMON');
});

test('modern families are listed with their Common CFG numbers', () => {
  const expected: Record<string, string[]> = {
    '107': ['T43U'],
    '109': ['T48U'],
    '116': ['T42U'],
    '123': ['T31G', 'T31P', 'T31'],
    '124': ['T33G', 'T33P'],
    '127': ['T30P', 'T30'],
    '173': ['T44U'],
    '95': ['T53', 'T53W', 'T53C'],
    '96': ['T54W'],
    '97': ['T57W'],
    '149': ['CP935W'],
    '188': ['T77U'],
  };
  for (const [number, names] of Object.entries(expected)) {
    assert.deepEqual(modelsForCommonCfg(number).map((m) => m.name), names, number);
  }
});

test('phones without line keys say so with a count of zero', () => {
  for (const name of ['T19P_E2', 'T30P', 'AX83H']) {
    const model = findModel(name);
    assert.equal(model && capabilityOf(model, 'lineKeys'), 0, name);
  }
});

test('the W52P base takes 5 DECT handsets', () => {
  const model = findModel('W52P');
  assert.equal(model && capabilityOf(model, 'handsets'), 5);
  assert.equal(model && modelFactSource(model, 'handsets')?.guide, 'TPL-SIPX-V7X');
});
