/**
 * The PDF renderer, loaded by Node at run time rather than bundled by Next: it
 * finds its TTF fonts through `require.resolve` of the font packages, which a
 * bundler cannot follow. Everything else of the publishing package is pure and
 * bundles fine.
 */
export function loadOutputRenderer(): Promise<typeof import('@careers/publishing/build')> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ '@careers/publishing/build')
}

export function loadHandoutRenderer(): Promise<typeof import('@careers/publishing/pdf')> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ '@careers/publishing/pdf')
}
