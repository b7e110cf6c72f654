'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * On a saved webhook's page: "Send test event" queues a signed test event
 * (`POST /api/webhooks/:id/test`); "New secret" replaces the secret and shows
 * the new one this once (`POST /api/webhooks/:id/secret`).
 */
export function SendTestEvent() {
  const { id } = useDocumentInfo()
  const [message, setMessage] = useState<string>()
  const [secret, setSecret] = useState<string>()
  if (id === undefined || id === null) return <p>Save the webhook first; then send it a test event, or make a secret to copy.</p>
  const post = async (action: 'test' | 'secret') => {
    setMessage('…')
    const response = await fetch(`/api/webhooks/${id}/${action}`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string; secret?: string; errors?: { message: string }[] }
    if (body.secret) setSecret(body.secret)
    setMessage(body.message ?? body.errors?.[0]?.message ?? `Answered ${response.status}`)
  }
  return (
    <div style={{ marginBottom: '1.5rem' }} data-testid="webhook-actions">
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <Button buttonStyle="secondary" size="small" onClick={() => post('test')}>
          Send test event
        </Button>
        <Button buttonStyle="secondary" size="small" onClick={() => post('secret')}>
          New secret
        </Button>
      </div>
      {secret ? (
        <p>
          <code style={{ userSelect: 'all' }}>{secret}</code>
        </p>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
