// Hands a file the pane made to the browser as a download: a Blob behind an
// object URL and a hidden anchor with the file's name, clicked once and removed.

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Offers `bytes` to the user as a file called `fileName`. */
export function downloadFile(bytes: Uint8Array, fileName: string, type: string): void {
  // Copy into a fresh ArrayBuffer: the bytes may be a view into a larger (or shared) buffer.
  const blob = new Blob([bytes.slice()], { type });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Revoke once the browser has taken the download over.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
