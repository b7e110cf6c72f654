import { paragraphs, type CareerPath } from '@careers/career-path'
import type { SiteSettings } from '../site.js'

/** Site settings for tests: a plain public address and the seed's call to action. */
export const sampleSite: SiteSettings = {
  siteName: 'Canyon Careers',
  baseUrl: 'https://careers.example.com',
  language: 'en-GB',
  feed: { title: 'Canyon career paths', description: 'Career-path guides from Canyon.' },
  callToAction: { label: 'Ready to start? Try Canyon for free today.', url: 'https://canyon.example.com/signup' },
  handoutFooter: 'Canyon Careers · free to share with attribution',
}

/**
 * A complete entry modelled on the seed (Backend Developer), with every
 * section and every kind of rich text: bold, italic, inline code, a link, a
 * line break, a nested bullet list, a numbered list, and Latin-extended text
 * with curly quotes (“é ł ő €”).
 */
export const sampleEntry: CareerPath = {
  id: 'career-path:backend-developer',
  title: 'Backend Developer',
  slug: 'backend-developer',
  definition: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            value:
              'A Backend Developer is a software engineer who specializes in building and maintaining the server-side logic, databases, and APIs that power web and mobile applications. They ensure that data flows smoothly between the server, application, and users. ',
          },
          { type: 'strong', children: [{ type: 'text', value: 'Backend Developers focus on performance, scalability, and security' }] },
          { type: 'text', value: ' of the application infrastructure. They work closely with front-end developers to integrate user-facing elements. Their work is ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'critical' }] },
          { type: 'text', value: ' to the functionality and reliability of digital products.' },
        ],
      },
    ],
  },
  whatTheyDo: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'A Backend Developer designs, develops, and maintains the server-side components of web and mobile applications. They create APIs with tools such as ' },
          { type: 'inlineCode', value: 'Node.js' },
          { type: 'text', value: ' or ' },
          { type: 'inlineCode', value: 'psql' },
          { type: 'text', value: ', manage databases, and implement security measures to protect data, following guides like the ' },
          { type: 'link', url: 'https://owasp.org/www-project-top-ten/', children: [{ type: 'text', value: 'OWASP Top Ten' }] },
          { type: 'text', value: '. Their responsibilities include:' },
        ],
      },
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: [
          listItem('Optimizing application performance'),
          {
            type: 'listItem',
            spread: false,
            children: [
              { type: 'paragraph', children: [{ type: 'text', value: 'Troubleshooting issues, for example:' }] },
              {
                type: 'list',
                ordered: false,
                spread: false,
                children: [listItem('slow queries that time out under load'), listItem('memory leaks in long-running workers')],
              },
            ],
          },
          listItem('Ensuring seamless integration with front-end systems'),
        ],
      },
      {
        type: 'paragraph',
        children: [{ type: 'text', value: 'A typical change goes through these steps:' }, { type: 'break' }, { type: 'text', value: 'each one reviewed by a colleague.' }],
      },
      {
        type: 'list',
        ordered: true,
        start: 1,
        spread: false,
        children: [listItem('Write the change and its tests.'), listItem('Open a pull request.'), listItem('Deploy behind a feature flag.')],
      },
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            value:
              'Teams from São Paulo to Łódź and Győr ship this way; the work is paid well, with senior salaries above €70,000 in much of Europe. As one lead put it, “good backends are invisible” — and the café stays open.',
          },
        ],
      },
    ],
  },
  responsibilities: [
    'Designing and developing server-side logic and APIs.',
    'Integrating user-facing elements with server-side logic.',
    'Optimizing applications for speed and scalability.',
    'Implementing security and data protection measures.',
    'Managing and maintaining databases.',
    'Troubleshooting and debugging backend issues.',
    'Collaborating with front-end developers and other team members.',
    'Writing clean, maintainable, and well-documented code.',
    'Staying updated with emerging backend technologies.',
    'Participating in code reviews and providing constructive feedback.',
  ],
  specializations: [
    { name: 'Backend Software Engineer', description: 'Focuses on building and maintaining the core server-side logic and APIs.' },
    { name: 'API Developer', description: 'Specializes in designing and implementing APIs for various applications.' },
    { name: 'Database Developer', description: 'Concentrates on database design, optimization, and management.' },
    { name: 'DevOps Backend Engineer', description: 'Combines backend development with deployment, automation, and infrastructure management.' },
  ],
  workEnvironment: paragraphs(
    'Backend Developers typically work in office environments or remotely as part of a software development team. They collaborate closely with front-end developers, designers, and project managers. The work is often project-based, requiring regular meetings and code reviews. Most backend developers use computers and various development tools throughout the day. The environment is usually fast-paced and deadline-driven.',
  ),
  workingConditions: paragraphs(
    'Backend Developers generally work full-time, with occasional overtime during project deadlines or critical releases. The job involves long hours in front of a computer, which can lead to eye strain or repetitive strain injuries if proper ergonomics are not maintained. Remote work is common in this field, offering flexibility in work location. The role may require on-call support for production issues. Collaboration and communication with other team members are essential.',
  ),
  difficulty: paragraphs(
    'Being a Backend Developer can be challenging due to the need for strong problem-solving skills and the ability to work with complex systems. Developers must stay updated with rapidly evolving technologies and best practices. Debugging and optimizing backend systems can be demanding, especially under tight deadlines. However, with experience and continuous learning, the role becomes more manageable. The job is rewarding for those who enjoy technical challenges and building robust systems.',
  ),
  outlook: paragraphs(
    'Backend Development is considered a strong career path due to high demand for skilled professionals and competitive salaries. The role offers opportunities for growth into senior engineering, architecture, or management positions. Backend skills are transferable across industries, providing job security and flexibility. The field encourages continuous learning and innovation. It is well-suited for those who enjoy technical problem-solving and working behind the scenes.',
  ),
  faqs: [
    {
      question: 'What programming languages are most commonly used in backend development?',
      answer: paragraphs(
        'The most commonly used programming languages in backend development include Java, Python, Ruby, PHP, and Node.js (JavaScript). The choice of language often depends on the project requirements, scalability needs, and the existing technology stack of the organization.',
      ),
    },
    {
      question: 'How do you ensure the security of a backend application?',
      answer: paragraphs(
        'To ensure backend security, developers implement authentication and authorization, use secure communication protocols like HTTPS, validate and sanitize user inputs, and regularly update dependencies. Additionally, they follow best practices such as encrypting sensitive data and conducting security audits.',
      ),
    },
    {
      question: 'What is the difference between REST and GraphQL APIs?',
      answer: paragraphs(
        'REST is an architectural style that uses predefined endpoints and HTTP methods, while GraphQL allows clients to request exactly the data they need with a single endpoint. GraphQL can reduce over-fetching and under-fetching of data, but REST is simpler and more widely adopted.',
      ),
    },
  ],
  related: ['frontend-developer', 'devops-engineer'],
  tags: ['engineering', 'backend'],
  occupationCode: '15-1252.00',
  published: '2024-05-01',
  updated: '2024-06-15',
}

/** Titles of the sample's related entries, as a build would look them up. */
export const sampleRelatedTitles: Record<string, string> = {
  'frontend-developer': 'Frontend Developer',
}

function listItem(value: string) {
  return {
    type: 'listItem' as const,
    spread: false,
    children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }],
  }
}
