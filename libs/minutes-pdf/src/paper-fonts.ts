import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The two faces every paper uses: DejaVu Sans covers French (and far more) in any PDF reader. */
export interface PaperFonts {
  regular: Buffer;
  bold: Buffer;
}

const FONT_FOLDER = join('libs', 'minutes-pdf', 'fonts');

/**
 * The library's fonts folder. From the sources (jest, tsc) it is ../fonts; the build
 * (swc to dist/) copies no font, so from dist/libs/minutes-pdf/src we walk up to the
 * repository, which holds libs/minutes-pdf/fonts beside dist/.
 */
function fontFolder(): string {
  const beside = join(__dirname, '..', 'fonts');
  if (existsSync(join(beside, 'DejaVuSans.ttf'))) return beside;
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, FONT_FOLDER);
    if (existsSync(join(candidate, 'DejaVuSans.ttf'))) return candidate;
  }
  throw new Error(`The fonts of @collegial/minutes-pdf were not found (looked for ${FONT_FOLDER} above ${__dirname}).`);
}

let shipped: PaperFonts | null = null;

/** The shipped DejaVu Sans faces, read once per process. */
export function shippedFonts(): PaperFonts {
  if (!shipped) {
    const folder = fontFolder();
    shipped = { regular: readFileSync(join(folder, 'DejaVuSans.ttf')), bold: readFileSync(join(folder, 'DejaVuSans-Bold.ttf')) };
  }
  return shipped;
}
