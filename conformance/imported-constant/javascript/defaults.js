const HOST = 'localhost';
const LEGACY_ALGORITHM = 'MD5';
const CURRENT_ALGORITHM = 'SHA-256';

module.exports = { HOST, LEGACY_ALGORITHM, CURRENT_ALGORITHM };
