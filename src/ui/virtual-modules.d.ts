/** The catalogue's on-demand text, made by vite.config.ts from catalogue/*.json. */
declare module 'virtual:catalogue-text' {
  const text: {
    /** Component type id → its palette description. */
    descriptions: Record<string, string>;
    /** `<component type id>/<option id>` → the option's help. */
    optionHelp: Record<string, string>;
    /** `<component type id>/<parameter id>` → the parameter's help. */
    paramHelp: Record<string, string>;
    /** Catalogue flow id → what the document lost there. */
    flowGaps: Record<string, string>;
  };
  export default text;
}

/** The examples' design titles by file name (`tachyon-single-server`), made by vite.config.ts from examples/*.portolan.json. */
declare module 'virtual:example-titles' {
  const titles: Record<string, string>;
  export default titles;
}
