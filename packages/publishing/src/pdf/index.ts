export { renderHandout, type HandoutOptions } from './render-handout.js'
export { renderBook, type BookOptions } from './book/index.js'
export { maxHandoutPages, pageCount } from './page-count.js'
