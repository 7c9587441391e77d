// Builds the add-in's static site into dist/: the task pane, the ribbon's function file, the
// outcome dialog, the icons and the manifest. For production, ADDIN_URL (https, ending in "/")
// replaces https://localhost:3000/ in the copied manifest, as the Office templates do.
//   npm start                                   https://localhost:3000/ with the dev certificates
//   ADDIN_URL=https://addins.example.org/rag/ npm run build
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const root = path.dirname(fileURLToPath(import.meta.url));
export const DEV_URL = "https://localhost:3000/";

/** The address the add-in will be served from; one clear sentence when ADDIN_URL is unusable. */
export function addinUrl(value) {
  if (value === undefined || value === "") return DEV_URL;
  let parsed;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL "${value}" is not a web address; give the https:// address the add-in will be hosted at, ending in "/".`);
  }
  if (parsed.protocol !== "https:") throw new Error(`ADDIN_URL "${value}" must start with https://, because Office only loads add-ins over HTTPS.`);
  if (!value.endsWith("/")) throw new Error(`ADDIN_URL "${value}" must end with "/", for example "${value}/".`);
  return value;
}

/** The manifest pointing at `url` instead of the development address. */
export function rewriteManifest(xml, url) {
  return xml.split(DEV_URL).join(url);
}

/** The dev certificates office-addin-dev-certs installs, when this machine has them. */
async function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  if (!["localhost.crt", "localhost.key", "ca.crt"].every((f) => fs.existsSync(path.join(dir, f)))) {
    console.warn("No Office dev certificates found: serving with a self-signed certificate. Run `npx office-addin-dev-certs install` so Office trusts https://localhost:3000/.");
    return { type: "https" };
  }
  const { default: devCerts } = await import("office-addin-dev-certs");
  return { type: "https", options: await devCerts.getHttpsServerOptions() };
}

const PANE_ENTRY = "./src/taskpane/index.tsx";
const PANE_PAGE = "./src/taskpane/taskpane.html";

export default async (_env, argv) => {
  const production = argv.mode === "production";
  const url = production ? addinUrl(process.env.ADDIN_URL) : DEV_URL;
  const hasPane = fs.existsSync(path.join(root, PANE_ENTRY)) && fs.existsSync(path.join(root, PANE_PAGE));
  if (!hasPane) {
    if (production) throw new Error(`The task pane (${PANE_ENTRY} and ${PANE_PAGE}) is missing, so the add-in cannot be built for release.`);
    console.warn(`The task pane (${PANE_ENTRY}) is not written yet: building the ribbon commands only.`);
  }

  const page = (name, template, chunks) => new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks });

  return {
    devtool: production ? false : "source-map",
    entry: {
      ...(hasPane ? { taskpane: PANE_ENTRY } : {}),
      commands: "./src/commands/commands.ts",
      outcome: "./src/commands/outcome.ts",
    },
    output: {
      path: path.join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck`; the build only strips them.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    plugins: [
      ...(hasPane ? [page("taskpane", PANE_PAGE, ["taskpane"])] : []),
      page("commands", "./src/commands/commands.html", ["commands"]),
      page("outcome", "./src/commands/outcome.html", ["outcome"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content.toString(), url) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await httpsOptions(),
      static: false,
    },
  };
};
