require "sinatra"
require "openssl"

get "/ping" do
  hosts = params[:hosts]
  first = hosts.split(",")[0]
  # plumb-expect: command-injection
  system("ping -c 1 " + first)
  fixed = "localhost,127.0.0.1".split(",")[1]
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed)
  names = "MD5,SHA256".split(",")
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(names[0]).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(names[1]).hexdigest("data")
  "ok"
end
