import zlib from 'node:zlib';

/** CRC-32 of a PNG chunk (type + data). */
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A real RGB PNG drawn pixel by pixel, for tests that need an image a PDF or a browser can show
 * (a "photo" of stripes, a "signature" stroke) without an image library.
 */
export function makePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A landscape "photo": sky, a house-coloured block and ground. */
export const photoPng = () => makePng(320, 240, (x, y) => (y < 110 ? [135, 190, 235] : y > 200 ? [110, 160, 80] : x > 90 && x < 230 ? [190, 120, 80] : [200, 200, 200]));

/** A "signature": a dark wavy stroke on white. */
export const signaturePng = () => makePng(300, 100, (x, y) => (Math.abs(y - (50 + 25 * Math.sin(x / 18))) < 3 ? [20, 20, 60] : [255, 255, 255]));
