require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  first = host
  second = first
  # plumb-expect: command-injection
  system("ping -c 1 " + second)
  second = "localhost"
  # plumb-ok: command-injection
  system("ping -c 1 " + second)
  algorithm = "MD5"
  chosen = algorithm
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(chosen).hexdigest("data")
  chosen = "SHA256"
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(chosen).hexdigest("data")
  "ok"
end
