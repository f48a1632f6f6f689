import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';

/*
 * A zip records each part's CRC-32 and size, but neither reader checks them: yauzl's raw streams (which
 * xlsx-stream.ts inflates itself) and SheetJS both take whatever the deflate stream yields. One flipped
 * bit in a sheet then reads as garbled texts, shifted columns or changed registration numbers, stored as
 * if they were the export. Every part is checked here as it is inflated.
 */

/** A part whose bytes are not the ones the zip recorded: the file was damaged on a disk or on its way. */
export class PartDamaged extends Error {
  override name = 'PartDamaged';
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part} is damaged: ${detail}`);
  }
}

/** A part that inflates beyond its limit: refused before it can exhaust memory or time. */
export class PartTooLarge extends Error {
  override name = 'PartTooLarge';
  constructor(
    readonly part: string,
    readonly limit: number,
  ) {
    super(`${part} inflates beyond ${limit} bytes`);
  }
}

/** What a part's bytes must come to, as the zip's central directory records them. */
export interface RecordedPart {
  fileName: string;
  crc32: number;
  uncompressedSize: number;
}

/**
 * The CRC-32 and size of one part, fed its inflated bytes as they come. zlib.crc32 is native (Node 20.15
 * and later, which package.json's engines require; Electron's Node has it too), so no runtime dependency
 * is needed for it, and it runs about fifteen times faster than a table-driven CRC in JavaScript: a
 * gigabyte of sheet XML costs a fraction of a second.
 */
export class PartCheck {
  private crc = 0;
  private size = 0;

  constructor(private readonly part: RecordedPart) {}

  update(chunk: Uint8Array): void {
    this.size += chunk.length;
    // More bytes than recorded is damage already, and stopping here keeps a forged size from running on.
    if (this.size > this.part.uncompressedSize) {
      throw new PartDamaged(this.part.fileName, `more than the ${this.part.uncompressedSize} bytes recorded`);
    }
    this.crc = crc32(chunk, this.crc);
  }

  /** After the last byte: throws PartDamaged unless the size and the CRC-32 are the recorded ones. */
  finish(): void {
    const { fileName, uncompressedSize } = this.part;
    if (this.size !== uncompressedSize) {
      throw new PartDamaged(fileName, `${this.size} bytes where ${uncompressedSize} are recorded`);
    }
    if (this.crc !== this.part.crc32) throw new PartDamaged(fileName, 'CRC-32 does not match');
  }
}

/** zlib's own failures (invalid deflate data, a stream cut short) name their code Z_DATA_ERROR, Z_BUF_ERROR… */
export function isInflateError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

/**
 * Every part of a zip held in memory, inflated once and checked, before SheetJS reads it (ODS, XLSB, a
 * zip that is no XLSX). A part recorded larger than `limit` is refused unread: SheetJS would hold it
 * whole. The parts stream through yauzl one at a time, so the check holds no part in memory.
 */
export async function verifyZipParts(bytes: Buffer, limit: number): Promise<void> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: true });
  try {
    for await (const entry of zip.eachEntry()) {
      // Folders hold no bytes; encrypted or exotically compressed parts are SheetJS's to refuse.
      if (entry.fileName.endsWith('/') || entry.isEncrypted()) continue;
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) continue;
      if (entry.uncompressedSize > limit) throw new PartTooLarge(entry.fileName, limit);
      const check = new PartCheck(entry);
      try {
        for await (const chunk of await zip.openReadStreamPromise(entry)) check.update(chunk as Buffer);
      } catch (e) {
        // Inflating bytes already in memory fails only on the bytes: a bad deflate stream or a wrong size.
        if (e instanceof PartDamaged) throw e;
        throw new PartDamaged(entry.fileName, e instanceof Error ? e.message : String(e));
      }
      check.finish();
    }
  } finally {
    if (zip.isOpen) zip.close();
  }
}
