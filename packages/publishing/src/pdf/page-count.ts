/** The brief's handout: print-ready, 1 to 3 A4 pages. */
export const maxHandoutPages = 3

/**
 * Pages in a handout's bytes. pdfkit (under react-pdf) writes each page's
 * dictionary uncompressed, `/Type /Page`, and the page tree as `/Type /Pages`.
 */
export function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      .toString('latin1')
      .match(/\/Type \/Page(?!s)/g)?.length ?? 0
  )
}
