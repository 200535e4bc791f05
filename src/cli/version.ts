// The version `radsplan --version` prints: the package's own.

import pkg from "../../package.json";

export const VERSION: string = pkg.version;
