import { Resvg } from "@resvg/resvg-js";
import { roboto } from "../fonts.ts";

export interface ChartPng {
  readonly png: Buffer;
  /** CSS pixels (96 to the inch) at which the image is shown: the SVG's own size. */
  readonly width: number;
  readonly height: number;
}

/**
 * A chart's SVG as a PNG, for documents that cannot show SVG everywhere (Word). Drawn at twice its
 * size so it prints sharp, with the reports' Roboto (resvg has no fonts of its own; without them
 * every label would vanish), and no system fonts, so it looks the same on every machine.
 */
export function chartPng(svg: string, scale = 2): ChartPng {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: {
      loadSystemFonts: false,
      fontFiles: [roboto.normal, roboto.bold],
      defaultFontFamily: "Roboto",
      sansSerifFamily: "Roboto",
    },
  });
  const image = resvg.render();
  return {
    png: image.asPng(),
    width: Math.round(image.width / scale),
    height: Math.round(image.height / scale),
  };
}
