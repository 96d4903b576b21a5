/** Unpadded base64url (RFC 4648 §5) with only what every runtime has (`btoa`, `atob`): no Buffer, so it works outside Node too. */

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  // Padding comes only at the end.
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').split('=')[0]!;
}

/**
 * The bytes of `text`, or undefined unless it is canonical unpadded base64url: only the
 * alphabet, a possible length, and no stray bits in the last character. So two
 * different texts never decode to the same bytes.
 */
export function fromBase64Url(text: string): Uint8Array | undefined {
  // atob refuses what is not base64 and forgives some of what is not canonical (white
  // space, padding, `+` and `/`): the round trip below refuses that.
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  return toBase64Url(bytes) === text ? bytes : undefined;
}
