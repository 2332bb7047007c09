// format's readers answer with the core ParseResult; re-exported so that
// `import { type ParseResult } from 'hanhchinh/format'` keeps working.
export { refuse } from '../core/parse-result.js'
export type { ParseResult } from '../core/parse-result.js'
