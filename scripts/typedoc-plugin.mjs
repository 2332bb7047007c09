// typedoc plugin of the API site (loaded by typedoc.json):
//
// - every domain page opens with its guide: docs/<domain>.md (docs/importing.md
//   for format) becomes the module's readme, and links to the guide file from
//   other pages lead to the module page;
// - every symbol without an explicit `@category` tag gets one by what it is, so
//   the sidebar lists each domain by category instead of one flat list:
//     Entities      interfaces, types, enums, classes, zod schemas
//     Readers       parseX/safeParseX, resolveX, readX, importX, codecs vnX()
//     Calculations  the other functions
//     Reports       formatX, …Report, …Phrase: text and reports for people
//     Rules         constant rule data (UPPER_CASE: regimes, bands, legal bases)
//   An explicit `@category` in the TSDoc comment wins.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Comment, CommentTag, Converter, MinimalSourceFile, ReflectionKind, normalizePath } from 'typedoc'

const DOCS = resolve('docs')
const GUIDE_OF = { format: 'importing.md' }

export const CATEGORY_ORDER = ['Entities', 'Readers', 'Calculations', 'Reports', 'Rules', '*']

/** The category of an exported symbol that has no `@category` tag. */
export function defaultCategory(name, kind) {
  if (kind === ReflectionKind.Interface || kind === ReflectionKind.TypeAlias || kind === ReflectionKind.Enum) return 'Entities'
  if (/Schema$/.test(name)) return 'Entities'
  if (/^(safe)?(parse|resolve|read|import|detect)[A-Z]|^safe[A-Z]|^vn[A-Z]|Reader$|ImportSchema$/.test(name) || name === 'CsvReader') return 'Readers'
  if (kind === ReflectionKind.Class) return 'Entities'
  if (/^[A-Z][A-Z0-9_]+$/.test(name)) return 'Rules'
  if (/^format[A-Z]|Report$|^report|Phrase$|^explain|^describe/.test(name)) return 'Reports'
  return 'Calculations'
}

function hasCategory(reflection) {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)]
  return comments.some((c) => c?.blockTags.some((t) => t.tag === '@category'))
}

function tag(reflection, category) {
  const t = new CommentTag('@category', [{ kind: 'text', text: category }])
  if (reflection.comment) reflection.comment.blockTags.push(t)
  else reflection.comment = new Comment([], [t])
}

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project
    for (const mod of project.getReflectionsByKind(ReflectionKind.Module)) {
      const file = join(DOCS, GUIDE_OF[mod.name] ?? `${mod.name}.md`)
      if (!existsSync(file)) continue
      const path = normalizePath(file)
      const { content } = app.converter.parseRawComment(new MinimalSourceFile(readFileSync(file, 'utf8'), path), project.files)
      mod.readme = content
      project.files.registerReflectionPath(path, mod)
    }
  })
  // before the CategoryPlugin (priority -200) sorts children into categories
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project
    const categoryOf = new Map()
    for (const mod of project.getReflectionsByKind(ReflectionKind.Module)) {
      for (const child of mod.children ?? []) {
        if (child.kindOf(ReflectionKind.Reference)) continue
        if (!hasCategory(child)) tag(child, defaultCategory(child.name, child.kind))
        const explicit = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)]
          .flatMap((c) => c?.blockTags ?? []).find((t) => t.tag === '@category')
        categoryOf.set(child, explicit.content.map((p) => p.text).join('').trim())
      }
    }
    // the root re-exports every domain: its references take their target's category
    for (const mod of project.getReflectionsByKind(ReflectionKind.Module)) {
      for (const child of mod.children ?? []) {
        if (!child.kindOf(ReflectionKind.Reference)) continue
        const target = child.tryGetTargetReflectionDeep?.()
        const category = (target && categoryOf.get(target)) ?? defaultCategory(child.name, target?.kind ?? child.kind)
        tag(child, category)
      }
    }
  }, 100)
}
