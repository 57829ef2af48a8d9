import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, promises as fs, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileHostError } from './fileHost';
import { createNodeFileHost } from './nodeFileHost';

const host = createNodeFileHost();
const posix = process.platform !== 'win32';

function withDir(run: (dir: string) => Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yl-host-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const hostError = (code: string) => (e: unknown) => e instanceof FileHostError && e.code === code;

test('writes a new file and leaves no temporary file behind', withDir(async (dir) => {
  await host.writeAtomic(join(dir, 'a.cfg'), Buffer.from('hello'));
  assert.equal(readFileSync(join(dir, 'a.cfg'), 'utf8'), 'hello');
  assert.deepEqual(readdirSync(dir), ['a.cfg']);
}));

test('never replaces an existing file unless asked', withDir(async (dir) => {
  const path = join(dir, 'a.cfg');
  writeFileSync(path, 'user data');
  await assert.rejects(host.writeAtomic(path, 'new'), hostError('exists'));
  assert.equal(readFileSync(path, 'utf8'), 'user data');
  assert.deepEqual(readdirSync(dir), ['a.cfg']);
  await host.writeAtomic(path, 'new', { overwrite: true });
  assert.equal(readFileSync(path, 'utf8'), 'new');
  assert.deepEqual(readdirSync(dir), ['a.cfg']);
}));

test('creates the folder when asked and applies the file mode', withDir(async (dir) => {
  const path = join(dir, 'encrypted', 'Aeskey.txt');
  await host.writeAtomic(path, 'k', { mkdir: true, mode: 0o600 });
  if (posix) assert.equal(statSync(path).mode & 0o777, 0o600);
  await assert.rejects(host.writeAtomic(join(dir, 'missing', 'x'), 'k'), hostError('not-found'));
}));

test('a replaced file keeps its mode (a 0600 file stays 0600 under --force)', withDir(async (dir) => {
  if (!posix) return;
  const path = join(dir, 'plain.cfg');
  writeFileSync(path, 'secret');
  chmodSync(path, 0o600);
  await host.writeAtomic(path, 'new secret', { overwrite: true });
  assert.equal(statSync(path).mode & 0o777, 0o600);
  chmodSync(path, 0o640);
  await host.writeAtomic(path, 'newer', { overwrite: true, mode: 0o600 });
  assert.equal(statSync(path).mode & 0o777, 0o640, 'the replaced file\'s own mode wins');
}));

test('the temporary file is removed on every failure: write, rename, link', withDir(async (dir) => {
  // A disk that fills up in the middle of the write.
  const full = createNodeFileHost(
    new Proxy(fs, {
      get(target, name) {
        if (name !== 'open') return Reflect.get(target, name);
        return async (...args: Parameters<typeof fs.open>) => {
          const handle = await target.open(...args);
          return new Proxy(handle, {
            get(h, key) {
              if (key === 'writeFile') return async () => Promise.reject(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }));
              const value = Reflect.get(h, key);
              return typeof value === 'function' ? value.bind(h) : value;
            },
          });
        };
      },
    }),
  );
  await assert.rejects(full.writeAtomic(join(dir, 'plain.cfg'), 'decrypted secrets'), (e: unknown) => e instanceof FileHostError && /no space left/.test(e.message));
  assert.deepEqual(readdirSync(dir), []);
  // The rename fails: the target is a folder.
  mkdirSync(join(dir, 'taken.cfg'));
  await assert.rejects(host.writeAtomic(join(dir, 'taken.cfg'), 'x', { overwrite: true }));
  assert.deepEqual(readdirSync(dir), ['taken.cfg']);
  // The link fails: something took the name.
  await assert.rejects(host.writeAtomic(join(dir, 'taken.cfg'), 'x'), hostError('exists'));
  assert.deepEqual(readdirSync(dir), ['taken.cfg']);
}));

// The CLI's lint reads with blocking calls, everything else through the thread pool: both read the same way.
for (const [name, reader] of [['thread pool', host], ['blocking', createNodeFileHost(undefined, { blockingReads: true })]] as const) {
  test(`${name}: reads regular files only: a FIFO, a link to /dev/zero and a folder are refused at once`, withDir(async (dir) => {
    if (!posix) return;
    execFileSync('mkfifo', [join(dir, 'pipe.cfg')]);
    await assert.rejects(reader.read(join(dir, 'pipe.cfg')), hostError('not-a-file'));
    symlinkSync('/dev/zero', join(dir, 'zero.cfg'));
    await assert.rejects(reader.read(join(dir, 'zero.cfg'), { maxBytes: 1024 }), hostError('not-a-file'));
    await assert.rejects(reader.read(dir), hostError('not-a-file'));
    await assert.rejects(reader.read(join(dir, 'none.cfg')), hostError('not-found'));
    assert.equal((await host.stat(join(dir, 'zero.cfg')))?.kind, 'other');
    assert.deepEqual((await host.list(dir)).map((e) => [e.name, e.kind]).sort(), [['pipe.cfg', 'other'], ['zero.cfg', 'symlink']]);
  }));

  test(`${name}: reads files of any size byte for byte: empty, small, and larger than one read`, withDir(async (dir) => {
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 31 + 7) % 256));
    for (const size of [0, 1, 27_000, 65_536, 300_000]) {
      const path = join(dir, `f${size}.cfg`);
      writeFileSync(path, bytes.subarray(0, size));
      assert.deepEqual(await reader.read(path), bytes.subarray(0, size));
      assert.deepEqual(await reader.read(path, { maxBytes: size }), bytes.subarray(0, size));
    }
  }));

  test(`${name}: the size cap refuses big files before reading them`, withDir(async (dir) => {
    writeFileSync(join(dir, 'big.cfg'), Buffer.alloc(5000, 0x41));
    await assert.rejects(reader.read(join(dir, 'big.cfg'), { maxBytes: 4096 }), (e: unknown) => e instanceof FileHostError && e.code === 'too-large' && /4 KB/.test(e.message));
    assert.equal((await reader.read(join(dir, 'big.cfg'), { maxBytes: 5000 })).length, 5000);
  }));
}

test('exists sees files, folders and dangling links; remove takes a file away', withDir(async (dir) => {
  writeFileSync(join(dir, 'a.cfg'), 'x');
  symlinkSync(join(dir, 'gone'), join(dir, 'dangling'));
  assert.equal(host.exists(join(dir, 'a.cfg')), true);
  assert.equal(host.exists(dir), true);
  assert.equal(host.exists(join(dir, 'dangling')), true);
  assert.equal(host.exists(join(dir, 'b.cfg')), false);
  await host.remove(join(dir, 'a.cfg'));
  await host.remove(join(dir, 'a.cfg'));
  assert.equal(host.exists(join(dir, 'a.cfg')), false);
}));

test('realPath resolves links on the file and on its folders; a dangling link is not found', withDir(async (dir) => {
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'a.cfg'), 'x');
  symlinkSync(join(dir, 'real'), join(dir, 'folderLink'));
  symlinkSync('real/a.cfg', join(dir, 'fileLink.cfg'));
  symlinkSync(join(dir, 'gone'), join(dir, 'dangling'));
  const real = await fs.realpath(join(dir, 'real', 'a.cfg'));
  assert.equal(await host.realPath(join(dir, 'folderLink', 'a.cfg')), real);
  assert.equal(await host.realPath(join(dir, 'fileLink.cfg')), real);
  await assert.rejects(host.realPath(join(dir, 'dangling')), (e: unknown) => e instanceof FileHostError && e.code === 'not-found');
}));
