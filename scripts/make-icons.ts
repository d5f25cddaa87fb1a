// Renders public/icon.svg (the portal's mark) into the PNG icons of the web manifest and the
// multi-size public/favicon.ico, with Debian's Chromium. Run after changing the SVG:
//   npx tsx scripts/make-icons.ts
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const PUBLIC = path.resolve("public");
const svg = fs.readFileSync(path.join(PUBLIC, "icon.svg"), "utf8");

/** An .ico file holding PNG images (allowed since Windows Vista; every browser reads it). */
function icoFromPngs(images: Array<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage();
  const render = async (size: number) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  for (const size of [192, 512]) fs.writeFileSync(path.join(PUBLIC, `icon-${size}.png`), await render(size));
  const small = [];
  for (const size of [16, 32, 48]) small.push({ size, png: await render(size) });
  fs.writeFileSync(path.join(PUBLIC, "favicon.ico"), icoFromPngs(small));
  await browser.close();
  console.log("public/icon-192.png, public/icon-512.png and public/favicon.ico written.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
