import { space } from '../theme.js'

/** Bullets by nesting depth, so a nested list reads as one level down. */
const bullets = ['•', '–', '◦'] as const

export function bulletFor(listDepth: number): string {
  return bullets[(listDepth - 1) % bullets.length] ?? '•'
}

/**
 * The marker column of a list: wide enough for its longest number ("12."), so
 * every item's text starts at the same x and wrapped lines align under it.
 */
export function markerColumnWidth(ordered: boolean, lastNumber: number): number {
  if (!ordered) return space.bulletColumn
  const characters = `${lastNumber}.`.length
  return Math.max(space.bulletColumn + 3, characters * space.digitWidth + 7)
}
