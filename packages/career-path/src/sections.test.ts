import { describe, expect, it } from 'vitest'
import { paragraphs } from './rich-text.js'
import { entryHeadings, lifeHeading, lifeMatch, pageTitle, sections } from './sections.js'

describe('sections', () => {
  it('lists the seed sections in reading order, with the seed headings and the right article', () => {
    expect(pageTitle('API Developer')).toBe('API Developer Career Path')
    expect(lifeHeading('API Developer')).toBe("What it's like to be an API Developer")
    expect(sections.map((s) => [s.key, s.depth, s.required, s.heading('API Developer')])).toEqual([
      ['definition', 2, true, 'Definition of an API Developer'],
      ['whatTheyDo', 2, true, 'What does an API Developer do'],
      ['responsibilities', 2, true, 'Key responsibilities of an API Developer'],
      ['specializations', 2, false, 'Types of API Developer'],
      ['workEnvironment', 3, false, 'API Developer work environment'],
      ['workingConditions', 3, false, 'API Developer working conditions'],
      ['difficulty', 3, false, 'How hard is it to be an API Developer'],
      ['outlook', 3, false, 'Is an API Developer a good career path'],
      ['faqs', 2, false, 'FAQs about being an API Developer'],
      ['related', 2, false, 'Related Career Paths'],
    ])
  })

  it('recognises each heading it makes, for any title, and no other section’s heading', () => {
    for (const title of ['Backend Developer', 'UX Designer', 'AI Engineer', 'Data Engineer', 'Is a Job']) {
      for (const spec of sections) {
        const heading = spec.heading(title)
        expect(spec.match.test(heading), `${spec.key}: ${heading}`).toBe(true)
        const others = sections.filter((s) => s !== spec && s.depth === spec.depth && s.match.test(heading))
        // A title can read like another heading; the parser prefers the exact heading, so only note it here.
        if (title !== 'Is a Job')
          expect(
            others.map((s) => s.key),
            heading,
          ).toEqual([])
      }
      expect(lifeMatch.test(lifeHeading(title))).toBe(true)
    }
  })

  it('recognises the seed’s curly apostrophe in the group heading', () => {
    expect(lifeMatch.test('What it’s like to be a Backend Developer')).toBe(true)
  })

  it('gives the headings an entry shows: only its sections, the life group before the first of its four', () => {
    const base = {
      title: 'UX Designer',
      slug: 'ux-designer',
      definition: paragraphs('d'),
      whatTheyDo: paragraphs('w'),
      responsibilities: ['r'],
      specializations: [],
      faqs: [],
      related: [],
    }
    const texts = (entry: Parameters<typeof entryHeadings>[0]) => entryHeadings(entry).map((h) => `${h.depth} ${h.text}`)
    expect(texts(base)).toEqual(['2 Definition of a UX Designer', '2 What does a UX Designer do', '2 Key responsibilities of a UX Designer'])
    expect(texts({ ...base, difficulty: paragraphs('h'), related: ['x'] })).toEqual([
      '2 Definition of a UX Designer',
      '2 What does a UX Designer do',
      '2 Key responsibilities of a UX Designer',
      "2 What it's like to be a UX Designer",
      '3 How hard is it to be a UX Designer',
      '2 Related Career Paths',
    ])
    expect(entryHeadings({ ...base, difficulty: paragraphs('h') })[3]!.spec).toBeUndefined()
  })
})
