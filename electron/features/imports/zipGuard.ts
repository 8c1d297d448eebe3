/**
 * Looks inside an xlsx (a zip) before anything unpacks it: reads the zip's
 * central directory and adds up the sizes its entries claim unpacked, so a
 * zip bomb (a few kilobytes that unpack to gigabytes) is refused before a
 * byte is inflated. The reader that later unpacks the file may trust these
 * sizes: the reader (xlsxReader.ts) inflates each entry with its declared
 * size as the limit.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: number;
  compressedBytes: number;
  unpackedBytes: number;
  localHeaderOffset: number;
}

export interface ZipSummary {
  entries: number;
  unpackedBytes: number;
  names: string[];
  files: ZipEntry[];
}

/** The central directory's entries, or null when the bytes are not a zip. */
export function readZipDirectory(bytes: Buffer): ZipSummary | null {
  // The end record is in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
  const from = Math.max(0, bytes.length - 65_557);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let unpackedBytes = 0;
  const names: string[] = [];
  const files: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) return null;
    const unpacked = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    // 0xFFFFFFFF means a zip64 size: larger than any sheet we accept.
    unpackedBytes += unpacked === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : unpacked;
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    names.push(name);
    files.push({
      name,
      method: bytes.readUInt16LE(offset + 10),
      compressedBytes: bytes.readUInt32LE(offset + 20),
      unpackedBytes: unpacked,
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { entries: count, unpackedBytes, names, files };
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE compound file: an encrypted xlsx, or an old .xls. */
export function isCompoundFile(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(CFB_MAGIC);
}

/** Encrypted OOXML is a compound file with an "EncryptionInfo" stream (names are UTF-16). */
export function isEncryptedWorkbook(bytes: Buffer): boolean {
  return isCompoundFile(bytes) && bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}
