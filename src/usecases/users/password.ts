import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id minimum (19 MiB, 2 passes) keeps a login well under a second on 2 cores.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifying against a throw-away hash makes an unknown user cost as much time as a known one. */
export async function burnVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword("udsyn-dummy-password");
  await verifyPassword(await dummyHash, password);
}
