require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  fixed = ["localhost"].map { |h| "ping -c 1 " + h }
  requested = [host].map { |h| "ping -c 1 " + h }
  # plumb-ok: command-injection
  system(fixed[0])
  # plumb-expect: command-injection
  system(requested[0])
  legacy = ["MD"].map { |family| family + "5" }
  strong = ["SHA"].map { |family| family + "256" }
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy[0]).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong[0]).hexdigest("data")
  "ok"
end
