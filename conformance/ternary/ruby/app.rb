require "sinatra"
require "openssl"

LEGACY_CLIENTS = true

get "/ping" do
  host = params[:host]
  fixed = host.empty? ? "localhost" : "127.0.0.1"
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed)
  requested = host.empty? ? "localhost" : host
  # plumb-expect: command-injection
  system("ping -c 1 " + requested)
  legacy = LEGACY_CLIENTS ? "MD5" : "SHA256"
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = LEGACY_CLIENTS ? "SHA256" : "MD5"
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
