require "sinatra"
require "openssl"
require_relative "helpers"

get "/ping" do
  host = params[:host]
  # plumb-ok: command-injection
  system(build_ping("localhost"))
  # plumb-expect: command-injection
  system(build_ping(host))
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(algorithm_name("MD", "5")).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(algorithm_name("SHA", "256")).hexdigest("data")
  "ok"
end
