import { gfmFootnoteFromMarkdown, gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown, gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown, gfmTaskListItemToMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Processor } from 'unified'

/**
 * GFM (tables, strikethrough, footnotes, task lists) without autolink literals.
 * remark-gfm links bare `www.…` and `a@b.co` in a pass after parsing, where an
 * escape no longer exists, so user text like `a\@b.co` would come back as a link.
 * Links are written as links; bare addresses stay text. The other GFM
 * constructs are parsed so that validation can name them rather than misread them.
 */
export function remarkGfmWithoutAutolinks(this: Processor) {
  const data = this.data()
  data.micromarkExtensions ??= []
  data.micromarkExtensions.push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem())
  data.fromMarkdownExtensions ??= []
  data.fromMarkdownExtensions.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown())
  data.toMarkdownExtensions ??= []
  data.toMarkdownExtensions.push(gfmFootnoteToMarkdown(), gfmStrikethroughToMarkdown(), gfmTableToMarkdown(), gfmTaskListItemToMarkdown())
}
