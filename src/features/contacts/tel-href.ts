/** A tel: URL for a number as printed ("03-5978-7509", "188", "#9110"); "#" must be escaped in a URL. */
export function telHref(phone: string): string {
  return `tel:${encodeURIComponent(phone.replace(/[^\d#]/g, ''))}`;
}
