// Every symbol exported from a public entry point must carry TSDoc with at
// least one @example (the examples themselves are run by tests/docs).
import { readdirSync, existsSync } from 'node:fs'
import ts from 'typescript'

const entries = ['src/index.ts', ...readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`))
  .map((d) => `src/${d.name}/index.ts`)]

const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })
const program = ts.createProgram(entries, { ...config.options, noEmit: true })
const checker = program.getTypeChecker()

const missing = []
let count = 0
for (const entry of entries) {
  const sf = program.getSourceFile(entry)
  const moduleSymbol = sf && checker.getSymbolAtLocation(sf)
  if (!moduleSymbol) { missing.push(`${entry}: cannot read module`); continue }
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const decls = symbol.getDeclarations() ?? []
    count++
    const hasExample = decls.some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example'))
    const hasSummary = decls.some((d) => ts.getJSDocCommentsAndTags(d).length > 0)
    if (!hasSummary || !hasExample) {
      const where = decls[0] ? `${decls[0].getSourceFile().fileName.replace(process.cwd() + '/', '')}` : '?'
      missing.push(`${entry}: ${exported.getName()} (${where}) has no ${hasSummary ? '@example' : 'TSDoc'}`)
    }
  }
}
if (missing.length) {
  console.error(`Exports without TSDoc @example (${missing.length}):\n  ${[...new Set(missing)].join('\n  ')}`)
  process.exit(1)
}
console.log(`doc coverage: ${count} exports across ${entries.length} entry points, all with TSDoc and @example`)
