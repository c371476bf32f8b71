/**
 * A camera photo made small on the phone before it is kept or sent: the longer side at most
 * 1600 px, JPEG at 0.82 — a 12-megapixel 4 MB photo becomes ~300 KB, and it is still readable
 * on the printed 入户调查表.
 */
export const MAX_PHOTO_SIDE = 1600;

export async function resizePhoto(file: Blob, maxSide = MAX_PHOTO_SIDE): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const w = Math.max(1, Math.round(bitmap.width * scale));
  const h = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas');
  ctx.fillStyle = '#fff'; // a transparent PNG becomes white, not black, as JPEG
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(bitmap, 0, 0, w, h);
  bitmap.close();
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/jpeg', 0.82));
}
