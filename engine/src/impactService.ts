/**
 * The change-impact facade for the faces: which settings a change of provisioning files alters, per file and
 * per phone, between two git revisions or two texts. The work lives in engine/src/impact, gitImpact.ts and
 * gitRevisions.ts; faces import it from here (test/architecture.test.ts checks that).
 */
export { gitRunner, GitError, GitRevisions, type GitRunner } from './gitRevisions';
export { impactInputs, workingFileReader } from './gitImpact';
export { computeImpact } from './impact/impact';
export { renderImpactText } from './impact/impactText';
