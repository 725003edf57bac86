require "sinatra"
require "openssl"
require_relative "defaults"

get "/ping" do
  host = params[:host]
  # plumb-ok: command-injection
  system("ping -c 1 " + Defaults::HOST)
  # plumb-expect: command-injection
  system("ping -c 1 " + host)
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(Defaults::LEGACY_ALGORITHM).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(Defaults::CURRENT_ALGORITHM).hexdigest("data")
  "ok"
end
