/**
 * Whether the bundled catalogue files were checked against the schema when
 * the editor was built. False here, so the CLI and the tests parse them as
 * they load; the editor's build replaces this module with `true`
 * (vite.config.ts), having parsed every file and failed on any problem.
 */
export const CATALOGUE_CHECKED_AT_BUILD: boolean = false;
