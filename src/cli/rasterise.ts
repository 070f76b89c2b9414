/**
 * PNG for the CLI: the picture's SVG rasterised by resvg (@resvg/resvg-js,
 * prebuilt native binaries in the npm package), with the system's fonts, so
 * the CLI draws the same picture the editor does. Loaded only for PNG.
 */
import { loadOptional } from './optional';

export async function rasteriseSvg(svg: string, scale: number): Promise<Uint8Array> {
  const { Resvg } = await loadOptional(() => import('@resvg/resvg-js'), '@resvg/resvg-js', 'PNG export');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans', monospaceFamily: 'DejaVu Sans Mono' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
