require "sinatra"
require "openssl"

DEFAULT_HOST = "localhost"

get "/ping" do
  host = params[:host]
  fixed = DEFAULT_HOST || host
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed)
  requested = host || DEFAULT_HOST
  # plumb-expect: command-injection
  system("ping -c 1 " + requested)
  configured = nil
  legacy = configured || "MD5"
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  preferred = "SHA256"
  strong = preferred || "MD5"
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
