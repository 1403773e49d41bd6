'use strict';
// nativeImage.createFromPath really reads the file: a missing, unreadable or non-PNG file
// gives an EMPTY image (Electron does not throw), so an empty tray is observable.
const { readFileSync } = require('node:fs');
const { isAbsolute } = require('node:path');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

class NativeImage {
  constructor(path, size) {
    this.path = path;
    this.size = size;
    this.template = false;
  }
  isEmpty() {
    return this.size === null;
  }
  getSize() {
    return this.size ? { ...this.size } : { width: 0, height: 0 };
  }
  setTemplateImage(template) {
    this.template = Boolean(template);
  }
  isTemplateImage() {
    return this.template;
  }
}

function createNativeImage(state) {
  return {
    NativeImage,
    nativeImage: {
      createFromPath(path) {
        state.record('nativeImage', 'createFromPath', [path]);
        let size = null;
        // Electron resolves nothing relative: a relative path is an empty image.
        if (typeof path === 'string' && isAbsolute(path)) {
          try {
            size = pngSize(readFileSync(path));
          } catch (error) {
            // Electron gives an empty image for any unreadable file; only a non-I/O error is ours.
            if (typeof error.code !== 'string') throw error;
            size = null;
          }
        }
        const image = new NativeImage(path, size);
        state.images.push(image);
        return image;
      },
      createEmpty() {
        state.record('nativeImage', 'createEmpty', []);
        return new NativeImage('', null);
      },
    },
  };
}

module.exports = { createNativeImage, pngSize, NativeImage };
