require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  targets = {}
  targets["requested"] = host
  # plumb-ok: command-injection
  system("ping -c 1 " + targets.fetch("missing", "localhost"))
  # plumb-expect: command-injection
  system("ping -c 1 " + targets.fetch("requested", "localhost"))
  algorithms = {}
  algorithms["legacy"] = "MD5"
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(algorithms.fetch("legacy", "SHA256")).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(algorithms.fetch("unknown", "SHA256")).hexdigest("data")
  "ok"
end
