// Builds the add-in, in the spirit of Microsoft's React task-pane template:
// - entries: taskpane (the pane) and commands (the ribbon's function file);
// - TypeScript through ts-loader (transpileOnly; `npm run typecheck` checks types);
// - HtmlWebpackPlugin writes taskpane.html, commands.html and support.html;
// - CopyWebpackPlugin copies assets/ and manifest*.xml. In production builds every
//   https://localhost:3000/ URL in the manifests becomes ADDIN_PRODUCTION_URL
//   (default https://www.contoso.com/radsplan/; set it to where dist/ is hosted:
//   `ADDIN_PRODUCTION_URL=https://radsplan.example.se/ npm run build`);
// - the dev server serves https on port 3000 with the certificates
//   `npx office-addin-dev-certs install` puts in ~/.office-addin-dev-certs (trusted by
//   Excel desktop, which needs that), else with webpack-dev-server's own self-signed
//   certificate (enough for the browser preview; accept it once in the browser);
// - vendor code is split into chunks shared by the entries, and views load lazily,
//   so the pane's initial JavaScript stays small.

const path = require("node:path");

// Install workaround: package-lock.json hoists ajv-keywords@5 (which needs ajv 8) next to
// ESLint's ajv@6, so schema-utils' option validation (CopyWebpackPlugin, the dev server)
// fails with "Cannot find module 'ajv/dist/compile/codegen'". Let such "ajv/dist/..."
// requests fall through to the ajv 8 that schema-utils carries. Does nothing once the
// install is fixed (e.g. an "ajv": "^8" devDependency).
(function useSchemaUtilsAjv() {
  const ajvKeywords = path.dirname(require.resolve("ajv-keywords/package.json"));
  try {
    require.resolve("ajv/dist/compile/codegen", { paths: [ajvKeywords] });
  } catch {
    const nested = path.join(path.dirname(require.resolve("schema-utils/package.json")), "node_modules");
    process.env.NODE_PATH = [nested, process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
    require("node:module")._initPaths();
  }
})();
const CopyWebpackPlugin = require("copy-webpack-plugin");
const fs = require("node:fs");
const os = require("node:os");

/** https for the dev server: office-addin-dev-certs' trusted localhost certificate when installed. */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file("localhost.crt")) || !fs.existsSync(file("localhost.key"))) return "https";
  return {
    type: "https",
    options: {
      cert: fs.readFileSync(file("localhost.crt")),
      key: fs.readFileSync(file("localhost.key")),
      ...(fs.existsSync(file("ca.crt")) ? { ca: fs.readFileSync(file("ca.crt")) } : {}),
    },
  };
}
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PRODUCTION_URL = "https://www.contoso.com/radsplan/";

/** The production base URL (ends with "/"), from ADDIN_PRODUCTION_URL or the default. */
function productionUrl(env = process.env) {
  const url = (env.ADDIN_PRODUCTION_URL || DEFAULT_PRODUCTION_URL).trim();
  if (!/^https:\/\/[^/\s]+/i.test(url)) {
    throw new Error(
      `ADDIN_PRODUCTION_URL must be an https URL (e.g. https://radsplan.example.se/), not "${url}".`,
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** A manifest with its development URLs (and the dev origin in AppDomain) moved to `baseUrl`. */
function productionManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml.split(DEV_URL).join(baseUrl).split(DEV_URL.replace(/\/$/, "")).join(origin);
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const baseUrl = dev ? DEV_URL : productionUrl();
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The browser preview (preview.html): the task pane beside the in-memory Excel, no Office.js.
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // Vendor code (node_modules) goes into chunks of its own, one per set of entries and lazy
      // chunks that use it, so what the pane and the function file share is loaded and cached once.
      splitChunks: { chunks: "all" },
    },
    performance: {
      // Budget for the pane's initial JavaScript (about 200 KB gzip); lazy chunks may be larger.
      maxEntrypointSize: 800 * 1024,
      // The largest asset is resvg's wasm (2.4 MB), fetched only when a Word report with charts is made.
      maxAssetSize: 3 * 1024 * 1024,
      hints: dev ? false : "warning",
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : productionManifest(content.toString(), baseUrl)),
          },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devServerHttps(),
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};

module.exports.productionManifest = productionManifest;
module.exports.productionUrl = productionUrl;
