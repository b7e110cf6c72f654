export { renderBook, bookOrder, type BookOptions } from './render-book.js'
