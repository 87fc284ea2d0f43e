/**
 * The largest total the explorer reads: bigger files are refused before a byte is read, and a zip
 * whose graph files would unpack to more is refused before one is unpacked.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** "3.2 MB", "250 MB": a size as messages give it. */
export const megabytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
