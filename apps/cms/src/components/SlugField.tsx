'use client'
import { slugify } from '@careers/career-path/slug'
import { TextField, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useRef } from 'react'

/**
 * The slug follows the title as it is typed, until the editor writes a slug of
 * their own or the entry is published: a published slug is a live address, so
 * it changes only when someone changes it on purpose. (The server makes the
 * slug from the title too, for the API and imports.)
 */
export const SlugField: TextFieldClientComponent = (props) => {
  const { hasPublishedDoc } = useDocumentInfo()
  const title = useFormFields(([fields]) => fields.title?.value as string | undefined) ?? ''
  const { value, setValue } = useField<string>({ path: props.path })
  const lastTitle = useRef(title)

  useEffect(() => {
    const previous = lastTitle.current
    lastTitle.current = title
    if (previous === title || hasPublishedDoc) return
    // Still the slug of the previous title (or empty): not the editor's own words.
    const following = !value || value === slugify(previous)
    if (following && value !== slugify(title)) setValue(slugify(title))
  }, [title, value, hasPublishedDoc, setValue])

  return <TextField {...props} />
}
