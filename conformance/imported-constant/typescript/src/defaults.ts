export const HOST = 'localhost';
export const LEGACY_ALGORITHM = 'MD5';
export const CURRENT_ALGORITHM = 'SHA-256';
