import { indexPath } from '@careers/publishing/contract'
import { redirect } from 'next/navigation'

/** The site's front page is the list of career paths. */
export default function Home() {
  redirect(`/${indexPath(undefined)}`)
}
