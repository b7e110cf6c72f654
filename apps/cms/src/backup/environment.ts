import path from 'node:path'

/** Where `npm run backup` writes without `--out`: `<data dir>/backups/<UTC time>/`. */
export function defaultBackupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups')
}

/** A path the user typed, relative to where they ran `npm` (npm runs workspace scripts in the workspace). */
export function userPath(value: string): string {
  return path.resolve(process.env.INIT_CWD || process.cwd(), value)
}
