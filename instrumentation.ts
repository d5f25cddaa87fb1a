/**
 * Runs once when a server instance starts (instrumentation-node.ts says what it does). A server
 * that cannot trust its secrets or its schema must not serve: it stops with the reason.
 */
export async function register() {
  // This exact test lets the bundler drop the import from the Edge build (NEXT_RUNTIME is
  // replaced at build time); an early return would leave it in.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareInstance } = await import("./instrumentation-node");
    try {
      await prepareInstance();
    } catch (error) {
      console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  }
}
