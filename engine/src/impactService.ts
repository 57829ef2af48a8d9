/**
 * The change-impact facade for the faces: which settings a change of provisioning files alters, per file and
 * per phone, between two git revisions or two texts. The work lives in engine/src/impact, gitImpact.ts and
 * gitRevisions.ts; faces import it from here (test/architecture.test.ts checks that).
 */
export { gitRunner, GitError, GitRevisions, type GitRunner } from './gitRevisions';
export { bytesToText, impactInputs, workingFileReader } from './gitImpact';
export { computeImpact } from './impact/impact';
export { impactLines, renderImpactText } from './impact/impactText';
export type { BaseVersion } from './impact/baseVersion';
