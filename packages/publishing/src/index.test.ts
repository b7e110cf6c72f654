import { describe, expect, it } from 'vitest'
import * as build from './build/index.js'
import * as contract from './contract/index.js'
import * as feed from './feed/index.js'
import * as root from './index.js'
import * as markdown from './markdown/index.js'
import * as mirror from './mirror/index.js'
import * as pdf from './pdf/index.js'

// The package's public API, one list per entry point of package.json "exports":
// a change here is a change for the CMS and every other caller.
describe('public API', () => {
  it.each([
    [
      '.',
      root,
      [
        'buildFeed',
        'careerPathFeedItem',
        'careerPathToJson',
        'careerPathToMdast',
        'clampPageSize',
        'contentHash',
        'definitionLead',
        'entryId',
        'entryLanguage',
        'entryUrls',
        'feedUrl',
        'jsonFeedMimeType',
        'parseMarkdown',
        'renderEntryHtml',
        'renderMarkdown',
        'rendererVersion',
        'siteUrl',
      ],
    ],
    ['./markdown', markdown, ['careerPathToMdast', 'markdownProcessor', 'parseMarkdown', 'renderMarkdown']],
    ['./feed', feed, ['buildFeed', 'careerPathFeedItem', 'careerPathToJson', 'clampPageSize', 'defaultFeedPageSize', 'entryId', 'extensionDoc', 'jsonFeedMimeType', 'maxFeedPageSize', 'renderEntryHtml']],
    [
      './contract',
      contract,
      [
        'BadCursorError',
        'bookFileKey',
        'bookPath',
        'changeTypes',
        'compareFeedPlaces',
        'contentFilePath',
        'contentFolderPath',
        'decodeChangeCursor',
        'decodeFeedCursor',
        'encodeChangeCursor',
        'encodeFeedCursor',
        'entriesFolderName',
        'entryFileKey',
        'entryPath',
        'extensionDocFileName',
        'feedFileName',
        'feedItemKey',
        'feedOrder',
        'feedPath',
        'feedPlaceOf',
        'indexPath',
        'initialSiteSettings',
        'initialValue',
        'isServedFormat',
        'languageTagPattern',
        'localePrefix',
        'localizedSettingNames',
        'newestFirstOf',
        'pageContentType',
        'prefixedLocale',
        'prefixedLocales',
        'renderedSettingNames',
        'servedFormatRoutePattern',
        'servedFormats',
        'settingLeaves',
        'settingValue',
        'settingsFrom',
        'settingsInLocale',
        'siteSettingsDefinition',
        'slugRoutePattern',
        'textAt',
        'unknownChangeCursorMessage',
        'valueAt',
      ],
    ],
    ['./mirror', mirror, ['MirrorError', 'mirrorSite', 'mirrorStateFileName']],
    ['./pdf', pdf, ['makeBook', 'maxHandoutPages', 'pageCount', 'renderBook', 'renderHandout']],
    ['./build', build, ['buildSite', 'checkTranslations', 'contentLocales', 'lintContent', 'loadSiteSettings', 'outputPaths', 'readContent', 'renderEntryOutputs', 'reportProblems', 'siteSettingsFileName']],
  ])('%s exports exactly its documented names', (_entry, module, names) => {
    expect(Object.keys(module).sort()).toEqual(names)
  })
})
