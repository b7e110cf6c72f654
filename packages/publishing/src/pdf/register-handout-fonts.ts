import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Font } from '@react-pdf/renderer'
import { fonts } from './theme.js'

const require = createRequire(import.meta.url)

/** The directory of an installed font package, found the same way from `src` and `dist`. */
function fontPackageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`))
}

/** The weights and styles the handout uses, as `<weight><Style>` folders of the font packages. */
const interFaces = [
  { fontWeight: 400, fontStyle: 'normal', face: '400Regular' },
  { fontWeight: 400, fontStyle: 'italic', face: '400Regular_Italic' },
  { fontWeight: 600, fontStyle: 'normal', face: '600SemiBold' },
  { fontWeight: 600, fontStyle: 'italic', face: '600SemiBold_Italic' },
  { fontWeight: 700, fontStyle: 'normal', face: '700Bold' },
  { fontWeight: 700, fontStyle: 'italic', face: '700Bold_Italic' },
] as const

/** Every face registered, as react-pdf font descriptors. */
export const handoutFontFaces = [
  ...interFaces.map(({ fontWeight, fontStyle }) => ({ fontFamily: fonts.body, fontWeight, fontStyle })),
  { fontFamily: fonts.code, fontWeight: 400, fontStyle: 'normal' },
  { fontFamily: fonts.code, fontWeight: 400, fontStyle: 'italic' },
] as const

let registered = false

/**
 * Registers the handout's fonts with react-pdf: Inter (Latin-extended, curly
 * quotes, €) for text and JetBrains Mono for inline code, from the TTF files of
 * their npm packages. TTF because fontkit cannot subset woff2; local files so a
 * build never depends on the network. Hyphenation is each document's own
 * (`hyphenationFor`), never react-pdf's global callback. Safe to call any number of times.
 */
export function registerHandoutFonts(): void {
  if (registered) return
  registered = true
  const inter = fontPackageDir('@expo-google-fonts/inter')
  Font.register({
    family: fonts.body,
    fonts: interFaces.map(({ fontWeight, fontStyle, face }) => ({
      src: join(inter, face, `Inter_${face}.ttf`),
      fontWeight,
      fontStyle,
    })),
  })
  const mono = fontPackageDir('@expo-google-fonts/jetbrains-mono')
  Font.register({
    family: fonts.code,
    fonts: [
      { src: join(mono, '400Regular', 'JetBrainsMono_400Regular.ttf'), fontWeight: 400, fontStyle: 'normal' },
      { src: join(mono, '400Regular_Italic', 'JetBrainsMono_400Regular_Italic.ttf'), fontWeight: 400, fontStyle: 'italic' },
    ],
  })
}
