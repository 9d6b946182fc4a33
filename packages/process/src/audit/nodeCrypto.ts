// Node's crypto module for the Node variants of the audit modules (`bytes.node.ts`,
// `ed25519.node.ts`), reached on first use rather than when the package loads: through
// `process.getBuiltinModule` where Node has it (20.16 and later), else through `require`.
import { createRequire } from 'node:module';

type NodeCrypto = typeof import('node:crypto');
let loaded: NodeCrypto | undefined;

/** Node's `node:crypto`, loaded the first time it is asked for. */
export function nodeCrypto(): NodeCrypto {
  const runtime = process as { getBuiltinModule?: (id: string) => unknown };
  loaded ??= (runtime.getBuiltinModule?.('node:crypto') ?? createRequire(import.meta.url)('node:crypto')) as NodeCrypto;
  return loaded;
}
