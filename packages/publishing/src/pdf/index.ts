export { renderHandout, type HandoutOptions } from './render-handout.js'
export { registerHandoutFonts } from './register-handout-fonts.js'
