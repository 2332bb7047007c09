// Opens the generated API reference in headless Chromium and checks that
// the index and every module page load without console errors or failed
// requests. Needs Debian's `chromium` (installed by .ci/run when absent).
import { createServer } from 'node:http'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright-core'

const root = join(process.cwd(), 'docs', 'api')
if (!existsSync(join(root, 'index.html'))) {
  console.error('docs/api/index.html is missing: run `npm run docs` first')
  process.exit(1)
}
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean)
const executablePath = candidates.find((p) => existsSync(p))
if (!executablePath) {
  if (process.env.CI) {
    console.error('Chromium not found (CI): install Debian package `chromium`')
    process.exit(1)
  }
  console.log('SKIPPED: Chromium not found (apt-get install chromium, or set CHROMIUM_PATH); CI runs this check')
  process.exit(0)
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' }
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
  let file = join(root, path)
  if (file.endsWith('/')) file = join(file, 'index.html')
  if (!file.startsWith(root) || !existsSync(file)) { res.writeHead(404); res.end(); return }
  // (Chromium asks for /favicon.ico on its own; typedoc ships none)
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
  res.end(readFileSync(file))
})
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const base = `http://127.0.0.1:${server.address().port}`

const modules = readdirSync(join(root, 'modules')).filter((f) => f.endsWith('.html'))
// the guides (docs/*.md) become typedoc project documents
const guides = existsSync(join(root, 'documents')) ? readdirSync(join(root, 'documents')).filter((f) => f.endsWith('.html')) : []
const pages = ['index.html', 'modules.html', ...modules.map((m) => `modules/${m}`), ...guides.map((g) => `documents/${g}`)]
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const problems = []
try {
  const page = await browser.newPage()
  page.on('console', (m) => {
    if (m.type() !== 'error') return
    // Chromium asks for /favicon.ico on its own and logs the 404; not ours.
    const where = m.location()?.url ?? ''
    if (where.endsWith('/favicon.ico')) return
    problems.push(`${page.url()}: console error: ${m.text()}${where ? ` (${where})` : ''}`)
  })
  page.on('pageerror', (e) => problems.push(`${page.url()}: page error: ${e.message}`))
  page.on('requestfailed', (r) => problems.push(`${page.url()}: request failed: ${r.url()}`))
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${page.url()}: HTTP ${r.status()} for ${r.url()}`) })
  for (const p of pages) {
    const response = await page.goto(`${base}/${p}`, { waitUntil: 'load' })
    if (!response || !response.ok()) problems.push(`${p}: HTTP ${response?.status()}`)
    const title = await page.title()
    const headings = await page.locator('h1').count()
    if (!title || headings === 0) problems.push(`${p}: empty page (title ${JSON.stringify(title)})`)
  }
  console.log(`opened ${pages.length} pages: modules ${modules.map((m) => m.replace('.html', '')).join(', ')}; guides ${guides.map((g) => g.replace('.html', '')).join(', ')}; in ${executablePath}`)
} finally {
  await browser.close()
  server.close()
}
if (problems.length) { console.error(problems.join('\n')); process.exit(1) }
console.log('API docs render without console errors')
