import { COMMON_PASSWORDS } from './common-passwords.ts';

export const MIN_PASSWORD_LENGTH = 8;

/** The demo's one public password (README, login page): refused anywhere but the demo. */
export const DEMO_PASSWORD = 'minzheng-demo';

/** Why a password is refused; each is an error code (`password_…`) with its own message. */
export type PasswordProblem = 'password_too_weak' | 'password_common' | 'password_is_username' | 'password_demo';

export interface PasswordRules {
  username: string;
  /** The demo runs with one public password; anywhere else that password is refused. */
  demo: boolean;
  demoPassword: string;
}

/**
 * The password policy (issue 15 point 7): at least 8 characters from two classes (letters,
 * digits, symbols), not one of the few hundred passwords tried first, not the username, and
 * outside the demo not the demo's public password.
 */
export function passwordProblem(password: string, rules: PasswordRules): PasswordProblem | null {
  const classes = [/[A-Za-z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  if (password.length < MIN_PASSWORD_LENGTH || classes < 2) return 'password_too_weak';
  const lower = password.toLowerCase();
  if (!rules.demo && lower === rules.demoPassword.toLowerCase()) return 'password_demo';
  if (lower === rules.username.trim().toLowerCase()) return 'password_is_username';
  if (COMMON_PASSWORDS.has(lower)) return 'password_common';
  return null;
}
