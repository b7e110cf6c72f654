import type { ReactElement } from 'react'
import { renderToBuffer } from '@react-pdf/renderer'
import { RenderErrorTrap } from './render-error-trap.js'

/**
 * A react-pdf document's bytes, or the error that stopped it: React catches
 * errors thrown while rendering and react-pdf then fails with an unrelated
 * one, so the trap hands the real one over.
 */
export async function renderDocument(document: ReactElement): Promise<Uint8Array> {
  let renderError: unknown
  const trapped = <RenderErrorTrap onError={(error) => (renderError = error)}>{document}</RenderErrorTrap>
  const bytes = await renderToBuffer(trapped).catch((error: unknown) => {
    throw renderError ?? error
  })
  if (renderError) throw renderError
  return bytes
}
