export { type MirrorOptions, type MirrorResult, mirrorSite, type SiteChange } from './mirror.js'
export { MirrorError, mirrorStateFileName } from './mirror-state.js'
