import { redirect } from 'next/navigation'

/** The site's front page is the list of career paths. */
export default function Home() {
  redirect('/career-paths')
}
