import { describe, expect, it, vi } from 'vitest'
import { Document, Page, renderToBuffer } from '@react-pdf/renderer'
import { RenderErrorTrap } from './render-error-trap.js'

// React's renderer keeps the console.error it finds when it loads and logs
// every error a boundary catches with it; this one is expected.
const quiet = vi.hoisted(() => {
  const original = console.error
  const state = { on: false }
  console.error = (...args: unknown[]) => {
    if (!state.on) original(...args)
  }
  return state
})

function Broken(): never {
  throw new Error('broken component')
}

describe('RenderErrorTrap', () => {
  it('hands on the error a component throws while rendering', async () => {
    const onError = vi.fn()
    const document = (
      <RenderErrorTrap onError={onError}>
        <Document>
          <Page>
            <Broken />
          </Page>
        </Document>
      </RenderErrorTrap>
    )
    quiet.on = true
    try {
      await expect(renderToBuffer(document)).rejects.toThrow()
    } finally {
      quiet.on = false
    }
    expect(onError).toHaveBeenCalledWith(new Error('broken component'))
  })
})
