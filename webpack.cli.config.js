// Builds the command line (`npm run build:cli`) into one plain-Node file,
// dist-cli/radsplan.js, that bin/radsplan.js runs. Our TypeScript is bundled;
// packages in node_modules (exceljs, docx, jszip, zod, react...) stay external
// and are required at run time, as any installed package's dependencies are
// (but numfmt, see externals).

const path = require("node:path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: { radsplan: "./src/cli/entry.ts" },
  output: {
    path: path.resolve(__dirname, "dist-cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  externalsPresets: { node: true },
  // numfmt is bundled instead: its "require" entry names a file the package does not
  // ship, so plain Node cannot require it (its CommonJS build is dist/index.js).
  externals: [({ request }, callback) => (/^[@a-z]/i.test(request) && !request.startsWith(".") && request !== "numfmt" ? callback(null, `commonjs ${request}`) : callback())],
  resolve: {
    extensions: [".ts", ".tsx", ".js", ".json"],
    alias: { numfmt: path.resolve(__dirname, "node_modules/numfmt/dist/index.js") },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, sourceMap: false } } },
      },
    ],
  },
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
};
