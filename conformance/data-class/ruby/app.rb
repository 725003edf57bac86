require "sinatra"
require "openssl"

Targets = Data.define(:fallback, :requested)
Algorithms = Data.define(:legacy, :current)

get "/ping" do
  host = params[:host]
  targets = Targets.new(fallback: "localhost", requested: host)
  # plumb-ok: command-injection
  system("ping -c 1 " + targets.fallback)
  # plumb-expect: command-injection
  system("ping -c 1 " + targets.requested)
  algorithms = Algorithms.new(legacy: "MD5", current: "SHA256")
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(algorithms.legacy).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(algorithms.current).hexdigest("data")
  "ok"
end
