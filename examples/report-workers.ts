// A month's dossier report computed in parallel: the CSV export is split into chunks of rows, each
// worker thread imports its chunk and computes a partial report, sends it back in the versioned JSON
// form (reportToJSON), and the main thread reads the partials (reportFromJSON) and merges them
// (mergeReports). The merge equals the report over the whole file — checked at the end. The same JSON
// form lets any engine (a SQL GROUP BY, a map-reduce job) produce the partials.
//
//   node --import tsx examples/report-workers.ts [file.csv]
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { importRecords } from 'hanhchinh/format'
import {
  DOSSIER_IMPORT_COLUMNS, DossierImportSchema, dossierFromImportRow, dossierReport, mergeReports, reportFromJSON, reportTable, reportToJSON,
  type DossierReportOptions,
} from 'hanhchinh/dossiers'
import { toCsv } from 'hanhchinh/tables'

// Every partial must be made with the same settings: mergeReports refuses different ones.
const OPTIONS: DossierReportOptions = {
  asOf: '2024-10-31',
  period: { from: '2024-10-01', to: '2024-10-31' },
  useRecordedAppointment: true,
  groupBy: 'procedure',
  invalid: 'skip',
}

function partial(csv: string): string {
  const imported = importRecords(DossierImportSchema, csv, { columns: DOSSIER_IMPORT_COLUMNS })
  return reportToJSON(dossierReport(imported.records.map(dossierFromImportRow), OPTIONS))
}

if (!isMainThread) {
  parentPort!.postMessage(partial(workerData as string))
} else {
  const path = process.argv[2] ?? fileURLToPath(new URL('./data/dossiers-2024-10.csv', import.meta.url))
  const csv = readFileSync(path, 'utf8')
  // Split on line boundaries (the export has no line breaks inside cells), each chunk with the header.
  const [header, ...lines] = csv.split(/\r?\n/).filter((l) => l.trim() !== '')
  const workers = Math.max(2, Math.min(4, availableParallelism()))
  const size = Math.ceil(lines.length / workers)
  const chunks = Array.from({ length: workers }, (_, i) => [header, ...lines.slice(i * size, (i + 1) * size)].join('\n'))

  const texts = await Promise.all(chunks.map((chunk) => new Promise<string>((resolve, reject) => {
    // a worker starts without the parent's TypeScript loader: register tsx, then load this file
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}) })`
    const w = new Worker(boot, { eval: true, workerData: chunk })
    w.once('message', resolve)
    w.once('error', reject)
  })))
  console.log(`${lines.length} dòng, ${workers} luồng; phần báo cáo JSON: ${texts.map((t) => `${t.length} B`).join(', ')}`)

  const [a, b, ...more] = texts.map(reportFromJSON)
  const merged = mergeReports(a!, b!, ...more)
  const whole = reportFromJSON(partial(csv))
  if (reportToJSON(merged) !== reportToJSON(whole)) throw new Error('the merged partials differ from the whole report')
  console.log(`Gộp ${texts.length} phần = báo cáo toàn bộ: ${merged.counts.total} hồ sơ, chỉ số 766 (2.1) ${merged.indicator766.rate?.toString() ?? '—'}%`)
  console.log('')
  const table = reportTable(merged, { groupLabel: { vi: 'Thủ tục', en: 'Procedure' } })
  console.log(toCsv({ ...table, rows: table.rows.slice(-4) }))
}
