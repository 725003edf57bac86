require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  fixed = "localhost"&.strip
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed)
  requested = host&.strip
  # plumb-expect: command-injection
  system("ping -c 1 " + requested)
  legacy = "MD5"&.upcase || "SHA256"
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = nil&.upcase || "SHA256"
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
