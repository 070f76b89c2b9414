// zod must be told not to probe for eval before any schema exists. A static
// import order does not guarantee that once the bundler splits schemas into
// shared chunks (they are evaluated before this module's body), so the editor
// is imported only after the configuration has run.
import './model/design/jitless';

const { start } = await import('./start');
await start();
