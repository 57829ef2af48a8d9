/** The catalog's reboot flag as the `isRebootKey` function merge() takes. */
import { Catalog } from '../catalog/catalog';

export function catalogRebootLookup(catalog: Catalog = Catalog.default()): (key: string) => boolean {
  return (key) => catalog.lookup(key)?.spec.reboot === true;
}
