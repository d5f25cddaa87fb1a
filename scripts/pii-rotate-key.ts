// `npm run pii:rotate-key`: re-encrypts personal identifiers under a new key.
//   PII_ENCRYPTION_KEY=<new key> PII_PREVIOUS_KEYS=<old key> npm run pii:rotate-key
// Then keep the old key in PII_PREVIOUS_KEYS until the command has finished everywhere.
import { closeDatabase, getPrisma } from "@/lib/db";
import { rotatePiiKey } from "@/tooling/rotate-pii-key";

rotatePiiKey(getPrisma(), (line) => console.log(`  ${line}`))
  .then((count) => console.log(`✔ ${count} value(s) re-encrypted under the current key.`))
  .catch((error) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
