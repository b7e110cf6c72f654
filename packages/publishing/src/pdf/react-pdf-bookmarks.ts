// react-pdf reads `bookmark` on any element (its layout builds the outline
// from the whole tree), but its types declare it on <Page> only.
declare module '@react-pdf/renderer' {
  interface ViewProps {
    bookmark?: string
  }
  interface TextProps {
    bookmark?: string
  }
}

export {}
