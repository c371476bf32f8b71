import { hash, verify } from '@node-rs/argon2';

// argon2id with the library defaults (19 MiB, t=2): OWASP's baseline for interactive logins.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Spent on unknown usernames so response time does not reveal which names exist. */
let decoyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  decoyHash ??= hash('decoy-password-never-matches');
  await verifyPassword(await decoyHash, password);
}
