export { renderHandout, type HandoutOptions } from './render-handout.js'
