require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  cleaned = host.strip.downcase
  # plumb-expect: command-injection
  system("ping -c 1 " + cleaned)
  fixed = "  LOCALHOST ".strip.downcase
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed)
  legacy = " md5 ".strip.upcase
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = " sha256 ".strip.upcase
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
