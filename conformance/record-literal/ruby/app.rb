require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  targets = { "fallback" => "localhost", "requested" => host }
  # plumb-ok: command-injection
  system("ping -c 1 " + targets["fallback"])
  # plumb-expect: command-injection
  system("ping -c 1 " + targets["requested"])
  algorithms = { "legacy" => "MD5", "current" => "SHA256" }
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(algorithms["legacy"]).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(algorithms["current"]).hexdigest("data")
  "ok"
end
