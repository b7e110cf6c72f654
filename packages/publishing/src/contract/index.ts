export * from './addresses.js'
export * from './change-types.js'
export * from './site-settings.js'
