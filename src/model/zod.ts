/**
 * zod for every schema of the model, in its functional build (`zod/mini`):
 * the same zod 4 engine and the same messages, but only the checks a schema
 * uses end up in the editor's first load (the chained build carries every
 * method of every type). English messages are configured here, as `zod`
 * itself does on import, so that a bad file reads the same whichever build
 * checked it.
 */
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };
