'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/** On a saved webhook's page: queues a signed test event to it (`POST /api/webhooks/:id/test`) and says what happened. */
export function SendTestEvent() {
  const { id } = useDocumentInfo()
  const [message, setMessage] = useState<string>()
  if (id === undefined || id === null) return null
  const send = async () => {
    setMessage('Sending…')
    const response = await fetch(`/api/webhooks/${id}/test`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
    setMessage(body.message ?? body.errors?.[0]?.message ?? `Answered ${response.status}`)
  }
  return (
    <div style={{ marginBottom: '1.5rem' }} data-testid="send-test-event">
      <Button buttonStyle="secondary" size="small" onClick={send}>
        Send test event
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
