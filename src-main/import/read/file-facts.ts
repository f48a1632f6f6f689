import { isAscii, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface FileFacts {
  size: number;
  contentHash: string;
  /**
   * Every byte is valid UTF-8 (a text export without a BOM is then read as UTF-8), the last character
   * perhaps cut short where letters of more than one byte came before: a UTF-8 export cut in the middle
   * of a letter is still UTF-8, and read so, the CSV reader finds it truncated; read as Windows-1251,
   * every Cyrillic letter in it would be wrong. ASCII ending in one high byte stays Windows-1251.
   */
  validUtf8: boolean;
}

/**
 * One streaming pass over the bytes: the content hash that identifies a re-import, and whether the
 * text is UTF-8. A multi-byte character cut by a chunk boundary is carried over to the next chunk.
 */
export async function fileFacts(path: string): Promise<FileFacts> {
  const hash = createHash('sha256');
  let size = 0;
  let validUtf8 = true;
  let multiByte = false;
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 22 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (!validUtf8) continue;
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const end = completeUtf8Prefix(bytes);
    validUtf8 = isUtf8(bytes.subarray(0, end));
    multiByte ||= !isAscii(bytes.subarray(0, end));
    carry = Buffer.from(bytes.subarray(end));
  }
  const cutLetter = multiByte && utf8Start(carry);
  return { size, contentHash: hash.digest('hex'), validUtf8: validUtf8 && (carry.length === 0 || cutLetter) };
}

/** A lead byte of a multi-byte sequence followed only by continuation bytes: the start of a character. */
function utf8Start(bytes: Uint8Array): boolean {
  const lead = bytes[0] as number;
  if (lead < 0xc2 || lead > 0xf4) return false;
  return bytes.subarray(1).every((b) => (b & 0xc0) === 0x80);
}

/** Where the last complete UTF-8 sequence ends: a lead byte among the last three may still await its tail. */
function completeUtf8Prefix(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}
