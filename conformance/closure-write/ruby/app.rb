require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  target = "localhost"
  algorithm = "SHA256"
  use_request = -> { target = host }
  use_legacy = -> { algorithm = "MD5" }
  # plumb-ok: command-injection
  system("ping -c 1 " + target)
  use_request.call
  # plumb-expect: command-injection
  system("ping -c 1 " + target)
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(algorithm).hexdigest("data")
  use_legacy.call
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(algorithm).hexdigest("data")
  "ok"
end
