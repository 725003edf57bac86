require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  targets = ["localhost", host]
  # plumb-ok: command-injection
  system("ping -c 1 " + targets[0])
  # plumb-expect: command-injection
  system("ping -c 1 " + targets[1])
  names = ["MD5", "SHA256"]
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(names[0]).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(names[1]).hexdigest("data")
  "ok"
end
