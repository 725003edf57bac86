require "sinatra"
require "openssl"

get "/ping" do
  count = params[:count]
  packets = 2 * 2
  # plumb-ok: command-injection
  system("ping -c " + (packets + 1).to_s + " localhost")
  # plumb-expect: command-injection
  system("ping -c " + packets.to_s + count + " localhost")
  legacy = "MD" + (2 + 3).to_s
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = "SHA" + (128 * 2).to_s
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
