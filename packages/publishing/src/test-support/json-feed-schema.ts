import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
type AddFormats = typeof addFormatsModule.default
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats)

const schema = JSON.parse(readFileSync(new URL('./json-feed-1.1.schema.json', import.meta.url), 'utf8')) as object
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false })
addFormats(ajv)
const validate = ajv.compile(schema)

/** What a JSON Feed 1.1 schema (written from jsonfeed.org/version/1.1) finds wrong with a document: `path message` lines. */
export function jsonFeedErrors(document: unknown): string[] {
  validate(document)
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}
