require "sinatra"
require "openssl"

DEFAULT_HOST = "localhost"
FAMILY = "MD"
LEGACY = FAMILY + "5"
CURRENT = "SHA" + 256.to_s

get "/ping" do
  host = params[:host]
  # plumb-ok: command-injection
  system("ping -c 1 " + DEFAULT_HOST)
  # plumb-expect: command-injection
  system("ping -c 1 " + host)
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(LEGACY).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(CURRENT).hexdigest("data")
  "ok"
end
