/**
 * The most bytes an Excel workbook import inflates (the parts it reads
 * together: workbook, styles, shared strings and the sheet), and the largest
 * workbook file it accepts: 1 GiB. A file past it — a ZIP bomb, whose few
 * kilobytes inflate to gigabytes, or a sheet too large to import — is
 * refused with the issue code `'xlsx_too_large'` as soon as the limit is
 * reached (the declared sizes are checked first, and the bytes actually
 * inflated as they come, so a lying header does not get past it). The
 * largest sheet Excel itself can hold is far below it for real exports
 * (200,000 rows of 20 columns is about 150 MB of sheet XML).
 *
 * @example
 * ```ts
 * import { MAX_XLSX_UNCOMPRESSED_BYTES } from 'hanhchinh/format'
 * MAX_XLSX_UNCOMPRESSED_BYTES //=> 1073741824
 * ```
 */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 1 << 30
