import { bookResponse } from '../../../../serving/book-response'
import { withDatabase } from '../../../../serving/database-unavailable'
import { prefixedLocale } from '@careers/publishing/contract'
import { notFoundText } from '../../../../serving/serve-stored-file'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ locale: string }> }

/** `/<locale>/career-paths.pdf`: every entry published in that locale in one book, in its language; 404 where nothing is. */
export const GET = withDatabase(async (request: Request, { params }: Args): Promise<Response> => {
  const locale = prefixedLocale((await params).locale)
  if (!locale) return notFoundText('No such book.')
  return bookResponse(request, locale)
})
