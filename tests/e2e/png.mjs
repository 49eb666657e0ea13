// Decodes the PNGs Chromium writes (8-bit RGB or RGBA, not interlaced) with
// node:zlib, and compares two screenshots with a tolerance. Used by the
// widget's screenshot tests; no image package needed.
import { inflateSync } from 'node:zlib';

/** Returns {width, height, rgba: Uint8Array} for a PNG buffer. */
export function decodePng(buffer) {
  if (buffer.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, color, , , interlace] = body.subarray(8, 13);
      channels = { 2: 3, 6: 4 }[color];
      if (depth !== 8 || !channels || interlace) throw new Error(`unsupported PNG (depth ${depth}, colour ${color})`);
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[out + x - channels] : 0;
      const b = y > 0 ? pixels[out - stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[out - stride + x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[out + x] = (line[x] + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < pixels.length; i += channels, j += 4) {
    rgba[j] = pixels[i];
    rgba[j + 1] = pixels[i + 1];
    rgba[j + 2] = pixels[i + 2];
    rgba[j + 3] = channels === 4 ? pixels[i + 3] : 255;
  }
  return { width, height, rgba };
}

/**
 * Compares two PNGs: returns {ok, reason, differing} where differing is the
 * share of pixels whose channels differ by more than `channelTolerance`.
 * Sizes may differ by `sizeTolerance` pixels (text metrics); the overlap is compared.
 */
export function comparePng(actualBuffer, expectedBuffer,
  { channelTolerance = 48, maxDiffering = 0.01, sizeTolerance = 2 } = {}) {
  const a = decodePng(actualBuffer);
  const e = decodePng(expectedBuffer);
  if (Math.abs(a.width - e.width) > sizeTolerance || Math.abs(a.height - e.height) > sizeTolerance) {
    return { ok: false, reason: `size ${a.width}x${a.height}, expected ${e.width}x${e.height}`, differing: 1 };
  }
  const width = Math.min(a.width, e.width);
  const height = Math.min(a.height, e.height);
  let differing = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * a.width + x) * 4;
      const j = (y * e.width + x) * 4;
      for (let k = 0; k < 4; k++) {
        if (Math.abs(a.rgba[i + k] - e.rgba[j + k]) > channelTolerance) {
          differing++;
          break;
        }
      }
    }
  }
  const share = differing / (width * height);
  return { ok: share <= maxDiffering, reason: `${(share * 100).toFixed(2)}% of pixels differ`, differing: share };
}
