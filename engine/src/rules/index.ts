/** Every validation rule, in code order. Adding a rule: a file here, a line below, a README section. */
import type { Rule } from './rule';
import { missingHeader } from './yl001MissingHeader';
import { malformedLine } from './yl002MalformedLine';
import { unknownParameter } from './yl003UnknownParameter';
import { invalidValue } from './yl004InvalidValue';
import { duplicateKey } from './yl005DuplicateKey';
import { indexOutOfRange } from './yl006IndexOutOfRange';
import { rebootRequired } from './yl007RebootRequired';
import { unreadableContent } from './yl008UnreadableContent';
import { byteOrderMark } from './yl009ByteOrderMark';
import { notOnModel } from './yl010NotOnModel';
import { bootInclude } from './yl011BootInclude';
import { unknownModel } from './yl012UnknownModel';
import { missingInclude } from './yl013MissingInclude';
import { notInCatalog } from './yl014NotInCatalog';

export const RULES: readonly Rule[] = [
  missingHeader,
  malformedLine,
  unknownParameter,
  invalidValue,
  duplicateKey,
  indexOutOfRange,
  rebootRequired,
  unreadableContent,
  byteOrderMark,
  notOnModel,
  bootInclude,
  unknownModel,
  missingInclude,
  notInCatalog,
];

export type { Finding, FindingData, Rule } from './rule';
export { ruleDocsLink, shippedReadmeUri } from './ruleDocs';
