/**
 * The one conversion between the model's field paths, which every problem
 * carries (`faqs[1].answer`, `responsibilities[0]`, `(entry)` for the whole
 * entry), and Payload's (`faqs.1.answer`, `responsibilities.0.text`, where a
 * responsibility is a row with a `text` field).
 */

/** The model's path → Payload's: where the admin shows the problem. */
export function toPayloadPath(modelPath: string): string {
  if (modelPath === '(entry)') return 'title' // a problem of the entry as a whole: shown at its first field
  const path = modelPath.replace(/\[(\d+)\]/g, '.$1')
  return /^responsibilities\.\d+$/.test(path) ? `${path}.text` : path
}

/** Payload's path → the model's: the key a content file's lines are known by. */
export function toModelPath(payloadPath: string): string {
  return payloadPath.replace(/\.(\d+)(?=\.|$)/g, '[$1]').replace(/^(responsibilities\[\d+\])\.text$/, '$1')
}
