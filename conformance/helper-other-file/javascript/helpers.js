function buildPing(target) {
  return 'ping -c 1 ' + target;
}

function algorithmName(family, size) {
  return family + size;
}

module.exports = { buildPing, algorithmName };
