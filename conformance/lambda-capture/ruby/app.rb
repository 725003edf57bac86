require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  fixed = -> { "ping -c 1 localhost" }
  requested = -> { "ping -c 1 " + host }
  # plumb-ok: command-injection
  system(fixed.call)
  # plumb-expect: command-injection
  system(requested.call)
  legacy = "MD5"
  weak = -> { legacy }
  strong = lambda { "SHA256" }
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(weak.call).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong.call).hexdigest("data")
  "ok"
end
