import { execFileSync } from 'node:child_process'

/**
 * Whether a command-line tool a check reads PDFs back with is installed.
 * When not, says so, what is skipped (`skipping`) and what installs it, so a
 * skipped check is never silent.
 */
export function installedTool(command: string, versionFlag: string, aptPackage: string, skipping: string): boolean {
  try {
    execFileSync(command, [versionFlag], { stdio: 'ignore' })
    return true
  } catch {
    console.warn(`${command} is not installed: skipping its check of ${skipping}; apt-get install ${aptPackage}.`)
    return false
  }
}
