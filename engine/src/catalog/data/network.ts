import type { CatalogFamily } from '../types';

export const family: CatalogFamily = {
  family: 'network',
  parameters: [],
};
