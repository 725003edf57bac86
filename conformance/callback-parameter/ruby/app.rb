require "sinatra"
require "openssl"

def apply(value)
  yield value
end

get "/ping" do
  host = params[:host]
  # plumb-ok: command-injection
  system(apply("localhost") { |h| "ping -c 1 " + h })
  # plumb-expect: command-injection
  system(apply(host) { |h| "ping -c 1 " + h })
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(apply("MD") { |family| family + "5" }).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(apply("SHA") { |family| family + "256" }).hexdigest("data")
  "ok"
end
