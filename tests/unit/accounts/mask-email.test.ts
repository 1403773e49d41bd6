import { describe, expect, it } from 'vitest';
import { maskEmail } from '../../../electron/main/core/accounts/mask-email';

describe('maskEmail', () => {
  it.each([
    ['alice@example.com', 'a***@example.com'],
    ['  bob.smith+cf@sub.example.org ', 'b***@sub.example.org'],
    ['x@y.io', 'x***@y.io'],
    ['émilie@exemple.fr', 'é***@exemple.fr'],
    ['weird@name@example.com', 'w***@example.com'],
  ])('%s -> %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it.each(['', 'no-at-sign', '@example.com', 'alice@'])('hides malformed %j completely', (email) => {
    expect(maskEmail(email)).toBe('***');
  });
});
