require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  fallback, requested = "localhost", host
  # plumb-ok: command-injection
  system("ping -c 1 " + fallback)
  # plumb-expect: command-injection
  system("ping -c 1 " + requested)
  legacy, current = ["MD5", "SHA256"]
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(current).hexdigest("data")
  "ok"
end
