require "sinatra"
require "openssl"

DEBUG = false
TRUST_REQUEST = true
LEGACY_CLIENTS = true
ALLOW_LEGACY = false

get "/ping" do
  host = params[:host]
  fixed = "localhost"
  fixed = host if DEBUG
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed)
  requested = "localhost"
  requested = host if TRUST_REQUEST
  # plumb-expect: command-injection
  system("ping -c 1 " + requested)
  legacy = "SHA256"
  legacy = "MD5" if LEGACY_CLIENTS
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = "SHA256"
  strong = "MD5" if ALLOW_LEGACY
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
