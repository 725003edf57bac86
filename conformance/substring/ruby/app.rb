require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  short_host = host[0, 64]
  # plumb-expect: command-injection
  system("ping -c 1 " + short_host)
  fixed = "localhost:8080"[0, 9]
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed)
  legacy = "MD5-legacy"[0, 3]
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = "SHA256-current"[0, 6]
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
