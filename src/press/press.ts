// What the press edition's writer loads (editions/press.ts): one import, while Chromium lays out.
export { makePressEdition } from './press-edition.js';
export { readPressProfile } from './profile.js';
export { imageColourMessages } from './image-colours.js';
