import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off a screen and typed in by someone else.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * A random password for a new account or a reset, shown to the administrator once and to be
 * changed at first login: 16 characters of 56 (about 93 bits), in groups of four for reading aloud.
 */
export function oneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i += 1) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
