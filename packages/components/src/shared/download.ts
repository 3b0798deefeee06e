/**
 * Offer text as a file download (no network: a Blob URL). Returns false when the browser could not
 * make the file (the caller then says so in the page, in the page's language), true otherwise.
 */
export function downloadText(text: string, filename: string, type = 'application/json'): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return true;
  } catch {
    return false;
  }
}
