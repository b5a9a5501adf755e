/**
 * The Persian reader's Latin-digits option applied to text that was written with Persian
 * digits: the messages' own figures ("۸۰٪") and the model's sentences. Client-safe.
 */

/** Persian digits (and the Persian percent sign after a digit) as Latin ones: "۸۰٪" → "80%". */
export function latinDigits(text: string): string {
  return text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/(\d)٪/g, '$1%');
}

/** Every string inside a JSON-like value, with latinDigits applied (a new value; the input is untouched). */
export function latinizeStrings<T>(value: T): T {
  if (typeof value === 'string') return latinDigits(value) as T;
  if (Array.isArray(value)) return value.map((item) => latinizeStrings(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, latinizeStrings(item)])) as T;
  }
  return value;
}
