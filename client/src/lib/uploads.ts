/** The largest file the API accepts. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The file types the API accepts (it reads the type from the content; this only filters the picker). */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png';
