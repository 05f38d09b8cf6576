// Compiles Waypoint's stylesheet and copies the front-end packages' scripts and assets into the web app.
import * as sass from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wwwroot = resolve(here, "../src/Waypoint.Web/wwwroot");

const css = sass.compile(resolve(here, "src/waypoint.scss"), {
  loadPaths: [here],
  style: "compressed",
  quietDeps: true,
  logger: sass.Logger.silent,
  silenceDeprecations: ["import", "mixed-decls", "global-builtin", "color-functions", "slash-div"],
});
mkdirSync(resolve(wwwroot, "css"), { recursive: true });
writeFileSync(resolve(wwwroot, "css/waypoint.css"), css.css);

mkdirSync(resolve(wwwroot, "js/vendor"), { recursive: true });
cpSync(resolve(here, "node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js"), resolve(wwwroot, "js/vendor/govuk-frontend.min.js"));
cpSync(resolve(here, "node_modules/@ministryofjustice/frontend/moj/moj-frontend.min.js"), resolve(wwwroot, "js/vendor/moj-frontend.min.js"));
// Images only: the GOV.UK fonts are deliberately not shipped (Waypoint uses its own typeface stack).
cpSync(resolve(here, "node_modules/govuk-frontend/dist/govuk/assets/images"), resolve(wwwroot, "assets/images"), { recursive: true });
cpSync(resolve(here, "node_modules/@ministryofjustice/frontend/moj/assets/images"), resolve(wwwroot, "assets/images"), { recursive: true });
// PLN-07: the typeface plans and letters are drawn in as PDF (PDFsharp reads TrueType files; nothing is fetched at run time).
const fonts = resolve(here, "../src/Waypoint.Web/fonts");
mkdirSync(fonts, { recursive: true });
for (const face of ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]) {
  cpSync(resolve(here, "node_modules/dejavu-fonts-ttf/ttf", face), resolve(fonts, face));
}
cpSync(resolve(here, "node_modules/dejavu-fonts-ttf/LICENSE"), resolve(fonts, "LICENSE"));
console.log("front end built into", wwwroot);
