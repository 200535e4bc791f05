// The command line's exit codes (see `radsplan --help`).

/** Done; check found no errors. */
export const EXIT_OK = 0;
/** check found errors. */
export const EXIT_ERRORS = 1;
/** A file could not be read or saved, the arguments are wrong, or the command could not be carried out. */
export const EXIT_FAILED = 2;
