import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

/**
 * What a reader's tools see of the outputs, read without a browser or a PDF
 * library: the text of an HTML page, and the text, link targets and actions of
 * a PDF (poppler's `pdftotext`, and react-pdf's uncompressed object syntax).
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** An HTML fragment's text as a browser shows it: elements gone, `<script>`/`<style>` bodies dropped, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      return entities[name.toLowerCase()] ?? whole
    })
}

/** Runs of white space as one space, ends trimmed: text compared across line wrapping. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The PDF's text in reading order (`pdftotext`, poppler-utils). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-pdf-'))
  try {
    const file = path.join(dir, 'handout.pdf')
    writeFileSync(file, pdf)
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 })
    return stdout
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Page count (`pdfinfo`). */
export async function pdfPages(pdf: Uint8Array): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-pdf-'))
  try {
    const file = path.join(dir, 'handout.pdf')
    writeFileSync(file, pdf)
    const { stdout } = await promisify(execFile)('pdfinfo', [file])
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The PDF's object syntax outside streams (react-pdf compresses page content
 * and fonts, never the annotation and action dictionaries), tokenized just far
 * enough to tell names (`/URI`, `/JavaScript`) from literal strings, so a
 * payload inside a link's string is never taken for an action.
 */
export function pdfObjects(pdf: Uint8Array): { names: string[]; uris: string[] } {
  const bytes = Buffer.from(pdf)
  const names: string[] = []
  const uris: string[] = []
  let lastName = ''
  let i = 0
  const delimiter = (c: number) => ' \t\r\n\f\0()<>[]{}/%'.includes(String.fromCharCode(c))
  while (i < bytes.length) {
    const c = bytes[i]!
    if (c === 0x28 /* ( */) {
      const [value, end] = literalString(bytes, i)
      if (lastName === '/URI') uris.push(value)
      lastName = ''
      i = end
    } else if (c === 0x2f /* / */) {
      let end = i + 1
      while (end < bytes.length && !delimiter(bytes[end]!)) end++
      lastName = bytes
        .subarray(i, end)
        .toString('latin1')
        .replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      names.push(lastName)
      i = end
    } else if (c === 0x25 /* % */) {
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++
    } else if (bytes.subarray(i, i + 6).toString('latin1') === 'stream' && /\s/.test(String.fromCharCode(bytes[i + 6] ?? 0))) {
      const end = bytes.indexOf('endstream', i + 6, 'latin1')
      i = end < 0 ? bytes.length : end + 9
    } else if (c === 0x3c /* < */ && bytes[i + 1] === 0x3c) {
      lastName = ''
      i += 2 // a dictionary
    } else if (c === 0x3c /* < */) {
      const end = bytes.indexOf('>', i, 'latin1')
      const value = decodePdfText(
        Buffer.from(
          bytes
            .subarray(i + 1, end)
            .toString('latin1')
            .replace(/\s/g, ''),
          'hex',
        ),
      )
      if (lastName === '/URI') uris.push(value)
      lastName = ''
      i = end + 1
    } else {
      if (!/\s/.test(String.fromCharCode(c))) lastName = ''
      i++
    }
  }
  return { names, uris }
}

/** A literal string `( … )` starting at `start`: its value and the index after it. */
function literalString(bytes: Buffer, start: number): [string, number] {
  const out: number[] = []
  let depth = 0
  let i = start
  for (; i < bytes.length; i++) {
    const c = bytes[i]!
    if (c === 0x5c /* \ */) {
      const next = bytes[++i]!
      const escapes: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c }
      if (next >= 0x30 && next <= 0x37) {
        let octal = ''
        while (octal.length < 3 && bytes[i]! >= 0x30 && bytes[i]! <= 0x37) octal += String.fromCharCode(bytes[i++]!)
        i--
        out.push(parseInt(octal, 8) & 0xff)
      } else if (next === 0x0a || next === 0x0d) {
        if (next === 0x0d && bytes[i + 1] === 0x0a) i++
      } else out.push(escapes[next] ?? next)
      continue
    }
    if (c === 0x28) {
      depth++
      if (depth === 1) continue
    }
    if (c === 0x29) {
      depth--
      if (depth === 0) return [decodePdfText(Buffer.from(out)), i + 1]
    }
    out.push(c)
  }
  return [decodePdfText(Buffer.from(out)), i]
}

/** PDF text strings are PDFDocEncoding (taken as Latin-1 here) or UTF-16BE after a byte-order mark. */
function decodePdfText(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le')
  return bytes.toString('latin1')
}
