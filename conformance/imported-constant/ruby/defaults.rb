module Defaults
  HOST = "localhost"
  LEGACY_ALGORITHM = "MD5"
  CURRENT_ALGORITHM = "SHA256"
end
