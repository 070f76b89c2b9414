/**
 * The few globals src/model uses that ECMAScript does not define but every
 * runtime Portolan targets has (browsers, Node 20+), typed as narrowly as
 * the model uses them. Only tsconfig.model.json includes this file.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
