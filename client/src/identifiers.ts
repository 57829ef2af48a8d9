/** Names the manifest and the client share: the language id and the merge preview's URI scheme. */
export const LANGUAGE_ID = 'yealink-cfg';
export const MERGE_SCHEME = 'yealink-merge';
