/**
 * `tsx sqlite-tool.ts <check|swap> <json>`: one of `sqlite-files.ts`'s
 * functions in a process of its own (see there why). Prints its result as one
 * JSON line; on failure prints the message and exits 1 (3: database in use).
 */
import { checkSqliteCopy, DatabaseInUseError, swapSqliteDatabase } from './sqlite-files'

const [operation, json] = process.argv.slice(2)
try {
  const input = JSON.parse(json ?? '{}') as { file: string; target: string; replacement: string; keep: string }
  const result = operation === 'check' ? await checkSqliteCopy(input.file) : operation === 'swap' ? await swapSqliteDatabase(input) : undefined
  if (result === undefined) throw new Error(`unknown operation ${operation}`)
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(error instanceof DatabaseInUseError ? 3 : 1)
}
