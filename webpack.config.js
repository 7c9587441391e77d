// Builds the add-in's static site into dist/: the task pane, the ribbon's function file, the
// outcome dialog, the icons and the manifest, and the browser workbench (index.html, the pane
// over an .xlsx file, with the sample workbook). For production, ADDIN_URL (https, ending in "/")
// replaces https://localhost:3000/ in the copied manifest, as the Office templates do.
//   npm start                                   http://localhost:3000/: the workbench (no Excel needed)
//   npm run start:excel                         https://localhost:3000/ with the dev certificates, for sideloading
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

/**
 * ExcelJS's browser build arrives minified; minifying it again took most of the production build's
 * time and saves nothing, so its chunk is marked as minified already.
 */
class PreminifiedChunk {
  constructor(chunkName) {
    this.chunkName = chunkName;
  }
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PreminifiedChunk", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PreminifiedChunk", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 }, () => {
        for (const chunk of compilation.chunks) {
          if (chunk.name !== this.chunkName) continue;
          for (const file of chunk.files) if (file.endsWith(".js")) compilation.updateAsset(file, (source) => source, { minimized: true });
        }
      });
    });
  }
}

const PANE_ENTRY = "./src/taskpane/index.tsx";
const PANE_PAGE = "./src/taskpane/taskpane.html";
const WORKBENCH_ENTRY = "./src/workbench/index.tsx";
const WORKBENCH_PAGE = "./src/workbench/workbench.html";

/** `--env https` (npm run start:excel) serves over https for Excel; otherwise the dev server is plain http. */
export default async (env, argv) => {
  const production = argv.mode === "production";
  const https = Boolean(env?.https);
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
      ...(hasPane ? { taskpane: PANE_ENTRY, workbench: WORKBENCH_ENTRY } : {}),
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
        // The workbench's sample workbook is served beside the page and fetched by it. Its name is
        // fixed (no hash) because workbench.html preloads it by that name while the scripts load.
        { test: /\.xlsx$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
      // ExcelJS's browser build is one prebuilt file: nothing in it for webpack to resolve.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    plugins: [
      ...(hasPane ? [page("taskpane", PANE_PAGE, ["taskpane"]), page("index", WORKBENCH_PAGE, ["workbench"])] : []),
      page("commands", "./src/commands/commands.html", ["commands"]),
      page("outcome", "./src/commands/outcome.html", ["outcome"]),
      new PreminifiedChunk("xlsx-library"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content.toString(), url) },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The workbench's file library, on its own so it is not minified again (see PreminifiedChunk).
          xlsxLibrary: { test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/, name: "xlsx-library", chunks: (chunk) => chunk.name === "workbench", enforce: true, priority: 20 },
          // The pane itself (React, Fluent UI, the engine) is the same in Excel and in the workbench: built and minified once.
          pane: { name: "pane", chunks: (chunk) => chunk.name === "taskpane" || chunk.name === "workbench", minChunks: 2, enforce: true, priority: 10 },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      // Loopback only: the dev server is for this machine's browser and Excel, not the network.
      host: "localhost",
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? await httpsOptions() : { type: "http" },
      static: false,
      onListening: (server) => {
        const { port } = server.server.address();
        const scheme = https ? "https" : "http";
        console.log(`\nRAG Tracker workbench: ${scheme}://localhost:${port}/  (task pane for Excel: ${scheme}://localhost:${port}/taskpane.html)\n`);
      },
    },
  };
};
