require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  command = "ping -c 1 %s" % host
  # plumb-expect: command-injection
  system(command)
  fixed = format("ping -c %d %s", 1, "localhost")
  # plumb-ok: command-injection
  system(fixed)
  legacy = format("%s%d", "MD", 5)
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = "SHA%d" % 256
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
