require "sinatra"
require "openssl"

get "/ping" do
  count = params[:count]
  packets = count.to_i
  # plumb-ok: command-injection
  system("ping -c " + packets.to_s + " localhost")
  # plumb-expect: command-injection
  system("ping -c " + count + " localhost")
  legacy = "MD" + Integer("5").to_s
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = "SHA" + "256".to_i.to_s
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
