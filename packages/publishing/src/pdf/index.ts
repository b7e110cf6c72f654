export { renderHandout, type HandoutOptions } from './render-handout.js'
export { maxHandoutPages, pageCount } from './page-count.js'
