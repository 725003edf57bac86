require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  command = "ping -c 1 "
  command += host
  # plumb-expect: command-injection
  system(command)
  fixed = "ping -c 1 "
  fixed += "localhost"
  # plumb-ok: command-injection
  system(fixed)
  family = "MD"
  legacy = family + "5"
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = "SHA" + "256"
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
