// Independent readers for the icon containers the installers use, written from the format
// descriptions (not from scripts/generate-app-icons.mjs), so the tests check the files
// against the formats rather than against the writer's own idea of them.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

/** Width, height, bit depth and colour type from the IHDR chunk; throws if it is not a PNG. */
export function readPngHeader(data: Buffer): PngInfo {
  if (data.length < 33 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  if (data.toString('latin1', 12, 16) !== 'IHDR' || data.readUInt32BE(8) !== 13)
    throw new Error('PNG without IHDR');
  return {
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
    bitDepth: data[24]!,
    colorType: data[25]!,
  };
}

export interface IcoImage {
  /** Size from the directory entry (0 there means 256). */
  size: number;
  bitCount: number;
  format: 'png' | 'bmp';
  /** Size decoded from the image data itself. */
  width: number;
  height: number;
}

/** Walks ICONDIR and its entries; checks every entry's data lies in the file and matches its size. */
export function readIco(data: Buffer): IcoImage[] {
  if (data.length < 6 || data.readUInt16LE(0) !== 0 || data.readUInt16LE(2) !== 1)
    throw new Error('not an ICO');
  const count = data.readUInt16LE(4);
  if (count === 0 || data.length < 6 + count * 16) throw new Error('ICO directory truncated');
  const images: IcoImage[] = [];
  for (let index = 0; index < count; index += 1) {
    const at = 6 + index * 16;
    const size = data[at] || 256;
    const planes = data.readUInt16LE(at + 4);
    const bitCount = data.readUInt16LE(at + 6);
    const length = data.readUInt32LE(at + 8);
    const offset = data.readUInt32LE(at + 12);
    if (planes !== 1 || (data[at + 1] || 256) !== size) throw new Error(`ICO entry ${index}: bad header`);
    if (offset < 6 + count * 16 || offset + length > data.length)
      throw new Error(`ICO entry ${index}: outside file`);
    const image = data.subarray(offset, offset + length);
    if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
      const { width, height } = readPngHeader(image);
      images.push({ size, bitCount, format: 'png', width, height });
    } else {
      if (image.length < 40 || image.readUInt32LE(0) !== 40)
        throw new Error(`ICO entry ${index}: unknown image`);
      const width = image.readInt32LE(4);
      const height = image.readInt32LE(8) / 2;
      const bmpBits = image.readUInt16LE(14);
      const maskStride = Math.ceil(width / 32) * 4;
      if (bmpBits !== bitCount || image.length !== 40 + width * height * 4 + maskStride * height) {
        throw new Error(`ICO entry ${index}: BMP data does not match its header`);
      }
      images.push({ size, bitCount, format: 'bmp', width, height });
    }
  }
  return images;
}

/** ICNS: 'icns' + length, then (OSType, length incl. 8-byte header, data) until the end exactly. */
export function readIcns(data: Buffer): Map<string, PngInfo> {
  if (data.length < 8 || data.toString('latin1', 0, 4) !== 'icns') throw new Error('not an ICNS');
  if (data.readUInt32BE(4) !== data.length) throw new Error('ICNS length does not match the file');
  const entries = new Map<string, PngInfo>();
  let at = 8;
  while (at < data.length) {
    if (at + 8 > data.length) throw new Error('ICNS entry header truncated');
    const type = data.toString('latin1', at, at + 4);
    const length = data.readUInt32BE(at + 4);
    if (length < 8 || at + length > data.length) throw new Error(`ICNS entry ${type}: bad length`);
    entries.set(type, readPngHeader(data.subarray(at + 8, at + length)));
    at += length;
  }
  return entries;
}
